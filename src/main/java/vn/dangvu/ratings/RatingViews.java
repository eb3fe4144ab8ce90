package vn.dangvu.ratings;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/** What the rating screens and the API show. */
public final class RatingViews {

    private RatingViews() {
    }

    public enum State { DRAFT, DECIDED, ANNULLED }

    /** A member of the branch in the period and their live rating, if any. */
    public record MemberRow(MemberId member, String fullName, MemberStatus status, RatingLevel level, State state,
            String decidedBy, Instant decidedAt, Long ratingId) {

        public boolean decided() {
            return state == State.DECIDED;
        }
    }

    /** An organization under the rating unit and its live rating, if any. */
    public record UnitRow(UnitId unit, String name, UnitType type, RatingLevel level, State state, String decidedBy,
            Instant decidedAt, Long ratingId) {

        public boolean decided() {
            return state == State.DECIDED;
        }
    }

    /** A rating annulled by a superior: kept with who, when and why. */
    public record Annulment(long ratingId, String subject, RatingLevel level, String decidedBy, Instant decidedAt,
            String annulledBy, Instant annulledAt, String reason) {
    }

    /**
     * A branch's rating screen: its members, who decides them, the branch's own rating and what was
     * annulled. {@code decider} is null when no grassroots organization stands above the branch.
     */
    public record BranchSheet(UnitId branch, String branchName, RatingPeriod period, List<MemberRow> members,
            UnitId decider, String deciderName, UnitRow own, List<Annulment> annulled, CapCheck cap) {

        public long decidedCount() {
            return members.stream().filter(MemberRow::decided).count();
        }

        /**
         * The sheet without the accounts that decided and annulled: for a reader who may not change the
         * deciding unit, to whom the other committee's staff are none of their business (the deciding
         * unit and the dates stay).
         */
        public BranchSheet withoutAccounts() {
            return new BranchSheet(branch, branchName, period,
                    members.stream().map(m -> new MemberRow(m.member(), m.fullName(), m.status(), m.level(), m.state(),
                            null, m.decidedAt(), m.ratingId())).toList(),
                    decider, deciderName,
                    own == null ? null : new UnitRow(own.unit(), own.name(), own.type(), own.level(), own.state(), null,
                            own.decidedAt(), own.ratingId()),
                    annulled.stream().map(a -> new Annulment(a.ratingId(), a.subject(), a.level(), null, a.decidedAt(),
                            null, a.annulledAt(), a.reason())).toList(),
                    cap);
        }
    }

    /** The 20% check within one grassroots organization (drafts counted too, so it warns before deciding). */
    public record CapCheck(UnitId grassroots, String name, long excellent, long good) {

        public boolean exceeded() {
            return RatingRule.exceedsExcellentCap(excellent, good);
        }

        public long allowed() {
            return RatingRule.excellentAllowed(good);
        }

        /** For a reader who may not read the grassroots organization: the figures without its name. */
        public CapCheck withoutName() {
            return new CapCheck(grassroots, null, excellent, good);
        }
    }

    /** Counts of decided ratings per level. */
    public record Counts(Map<RatingLevel, Long> byLevel) {

        public static Counts empty() {
            Map<RatingLevel, Long> m = new EnumMap<>(RatingLevel.class);
            for (RatingLevel l : RatingLevel.values()) {
                m.put(l, 0L);
            }
            return new Counts(m);
        }

        public long total() {
            return byLevel.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(RatingLevel level) {
            return byLevel.getOrDefault(level, 0L);
        }

        /** Share of the total in percent, one decimal; 0 when nothing is rated. */
        public double percent(RatingLevel level) {
            long t = total();
            return t == 0 ? 0 : Math.round(of(level) * 1000.0 / t) / 10.0;
        }
    }

    /** A committee's overview for a period: members and organizations under it, and where the 20% cap is exceeded. */
    public record Overview(UnitId root, String rootName, RatingPeriod period, Counts members, Counts organizations,
            List<UnitRow> subordinates, UnitId decider, List<CapCheck> capExceeded) {

        /** The overview without the accounts that decided: for a reader who may not change the unit that decides. */
        public Overview withoutAccounts() {
            return new Overview(root, rootName, period, members, organizations,
                    subordinates.stream().map(r -> new UnitRow(r.unit(), r.name(), r.type(), r.level(), r.state(), null,
                            r.decidedAt(), r.ratingId())).toList(),
                    decider, capExceeded);
        }
    }

    /** What a save answered: how many ratings were written and the cap check of the grassroots organization. */
    public record Saved(int written, CapCheck cap) {
    }
}
