package vn.dangvu.ratings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;

/**
 * The rules of rating, each named once with its source. The sources are Quy định 366-QĐ/TW
 * (30/8/2025) on the yearly review and rating of collectives and individuals in the political
 * system and the Party Charter; as we read them (the article numbers of 366 are not quoted here
 * because we could not check them against the published text).
 */
public enum RatingRule {

    /** A period is a year, a quarter or a term, and ends on or after it starts (QĐ 366 allows quarterly and term ratings). */
    PERIOD,
    /**
     * Lower levels first: a branch's members are rated before the branch, subordinate organizations
     * before their superior (QĐ 366: individuals before collectives, the lower level before the upper).
     */
    LOWER_LEVELS_FIRST,
    /**
     * The competent unit decides: a member's rating is proposed by the branch and decided by the
     * grassroots organization (cấp ủy cơ sở) the branch stands in — the branch itself when it is a
     * grassroots branch; an organization's rating is decided by its direct superior committee
     * (QĐ 366: the rating of a collective is decided by the superior that manages it; Điều lệ Đảng,
     * Điều 21 on the grassroots committee's duties).
     */
    COMPETENT_UNIT,
    /** A decided rating is locked; only a superior of the deciding unit may annul it, stating why, and rate again. */
    LOCKED,
    /** A member is rated only for a period in which they were a member of the branch (probationary or official). */
    MEMBER_IN_PERIOD,
    /** An organization is rated only for a period in which it existed. */
    UNIT_IN_PERIOD,
    /** Annulment needs a reason. */
    ANNULMENT_REASON;

    /**
     * Quy định 366-QĐ/TW: within a grassroots organization the members rated "hoàn thành xuất sắc"
     * are at most this share of those rated "hoàn thành tốt". Dangvu warns, it does not refuse.
     */
    public static final int EXCELLENT_CAP_PERCENT_OF_GOOD = 20;

    String ruleName() {
        return "ratings." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "ratings.rule." + detailKey, arguments);
    }

    /** Whether {@code excellent} exceeds {@value #EXCELLENT_CAP_PERCENT_OF_GOOD}% of {@code good}. */
    public static boolean exceedsExcellentCap(long excellent, long good) {
        return excellent * 100 > good * EXCELLENT_CAP_PERCENT_OF_GOOD;
    }

    /** The most "xuất sắc" ratings the cap allows for {@code good} "tốt" ratings. */
    public static long excellentAllowed(long good) {
        return good * EXCELLENT_CAP_PERCENT_OF_GOOD / 100;
    }

    static void checkLowerLevelsFirst(Collection<String> stillUndecided) {
        if (!stillUndecided.isEmpty()) {
            List<String> names = stillUndecided.stream().sorted().limit(3).toList();
            throw LOWER_LEVELS_FIRST.violation("lower-first", stillUndecided.size(), String.join(", ", names));
        }
    }

    /**
     * The unit that decides a member's rating, from the branch up: the first grassroots organization.
     * {@code chain} is the branch followed by its superiors, nearest first, with their types.
     */
    static <U> Optional<U> memberDecider(List<U> chain, java.util.function.Function<U, UnitType> typeOf) {
        return chain.stream().filter(u -> typeOf.apply(u).isGrassroots()).findFirst();
    }

    static void checkNotLocked(boolean decided) {
        if (decided) {
            throw LOCKED.violation("locked");
        }
    }

    static void checkMemberInPeriod(boolean wasMember, String name, String period) {
        if (!wasMember) {
            throw MEMBER_IN_PERIOD.violation("not-member", name, period);
        }
    }

    static void checkAnnulment(boolean bySuperiorOfDecider, String reason) {
        if (!bySuperiorOfDecider) {
            throw LOCKED.violation("annul-superior");
        }
        if (reason == null || reason.isBlank()) {
            throw ANNULMENT_REASON.violation("annul-reason");
        }
    }
}
