package vn.dangvu.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;

/** Read models of the member records. */
public final class MemberViews {

    private MemberViews() {
    }

    /** A member's record as shown on their page; the identity number is given masked unless asked for. */
    public record MemberView(MemberId id, String fullName, Sex sex, LocalDate birthDate, String ethnicity,
            String religion, String hometown, String address, String identityNumberMasked, boolean hasIdentityNumber,
            String education, String theoryLevel, String occupation, String workplace, String partyCardNumber,
            String phone, String email, MemberStatus status, UnitId unit, String unitName, UnitId hostUnit,
            boolean exempt, LocalDate admittedOn, LocalDate ceremonyOn, LocalDate probationEndsOn,
            LocalDate partyAgeFrom, List<Integer> badges) {
    }

    /**
     * A page of the people a name search finds. The search counts matches only up to
     * {@link #COUNT_LIMIT}: when more people match, {@code more} is true, {@code total} is that limit, and
     * the pages go as far as it (whoever looks further types more of the name).
     */
    public record SearchPage(List<MemberSummary> items, int page, int size, long total, boolean more) {

        /** How many matches a search counts at most; past it the page says "more than 1,000". */
        public static final int COUNT_LIMIT = 1000;

        public SearchPage {
            items = List.copyOf(items);
        }

        /** The same page as a plain {@link Page}, whose arithmetic the pager reads. */
        public Page<MemberSummary> asPage() {
            return new Page<>(items, page, size, total);
        }

        public int pages() {
            return asPage().pages();
        }

        public boolean hasNext() {
            return asPage().hasNext();
        }

        public boolean hasPrevious() {
            return asPage().hasPrevious();
        }
    }

    /** A line in a list of members. */
    public record MemberSummary(MemberId id, String fullName, Sex sex, LocalDate birthDate, MemberStatus status,
            UnitId unit, String unitName, LocalDate admittedOn, LocalDate partyAgeFrom, boolean exempt) {
    }

    /**
     * What a list of members is filtered by. {@code unit} with {@code subtree} takes everything under
     * it; ages are in full years on {@code on}; party age counts from {@code party_age_from}.
     */
    public record MemberFilter(UnitId unit, boolean subtree, Set<MemberStatus> statuses, Integer minAge, Integer maxAge,
            Integer minPartyYears, Integer maxPartyYears, LocalDate on) {
    }

    /** One entry of a member's timeline; {@code unit} is the branch the member was counted in (for scope checks). */
    public record TimelineEntry(int seq, String kind, LocalDate on, String unitName, MemberEvent event, UnitId unit) {
    }

    public enum ReminderKind {
        PROBATION_ENDING, RECOGNITION_OVERDUE, CERTIFICATE_EXPIRING, PAPERS_STALE, BADGE_DUE;

        public String messageKey() {
            return "member.reminder." + name();
        }
    }

    /** Something a branch or committee has to act on. */
    public record Reminder(ReminderKind kind, MemberId member, String fullName, String unitName, LocalDate due,
            Integer badgeYears) {
    }
}
