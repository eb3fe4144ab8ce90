package vn.dangvu.members;

import vn.dangvu.platform.RuleViolation;

/** The rules of a member's life, each named once with its source. */
enum MembershipRule {

    /** Events are recorded in the order they happened, and none in the future. */
    CHRONOLOGICAL,
    /** Each event fits the person's status then (a candidate is admitted, a probationary member recognized…). */
    LIFECYCLE,
    /** Members and candidates belong to a branch (chi bộ) that exists on the day (Điều lệ Đảng, Điều 24). */
    MEMBER_IN_BRANCH,
    /** Full 18 to full 60 years of age at the branch's review; older needs a decision of a committee directly under the centre (Điều lệ Đảng, Điều 1; Quy định 232-QĐ/TW). */
    AGE,
    /** The awareness-class certificate is required and still valid at the branch's review (Hướng dẫn 12-HD/BTCTW). */
    AWARENESS_CERTIFICATE,
    /** Two different official members introduce the candidate (Điều lệ Đảng, Điều 4). */
    INTRODUCERS,
    /** The branch's resolution needs more than half of its official members in favour (Điều lệ Đảng, Điều 4). */
    BRANCH_MAJORITY,
    /** A step taken after its deadline in working days must state the reason (Hướng dẫn 12-HD/BTCTW). */
    DEADLINE,
    /** Probation lasts 12 months from the ceremony; recognition comes only after it (Điều lệ Đảng, Điều 5). */
    PROBATION,
    /** Discipline forms by status: probationary members only reprimand or warning; dismissal only for a post holder (Điều lệ Đảng, Điều 35). */
    DISCIPLINE_FORM,
    /** Re-admission at most once, never after expulsion or death (Quy định 232-QĐ/TW). */
    READMISSION,
    /** A transfer goes to another branch, and a temporary one ends after it starts. */
    TRANSFER,
    /** Exemption from work and meetings is for official members and ends only if granted. */
    EXEMPTION,
    /** A badge matches a milestone the member has reached and is presented once. */
    BADGE,
    /** Required fields of the record: name, date of birth, a valid identity number. */
    RECORD;

    String ruleName() {
        return "members." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "members.rule." + detailKey, arguments);
    }
}
