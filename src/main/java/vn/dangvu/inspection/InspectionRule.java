package vn.dangvu.inspection;

import vn.dangvu.platform.RuleViolation;

/** The rules of inspection and discipline records, each named once with its source. */
public enum InspectionRule {

    /** A plan, case or decision names what it is about and the dates it needs. */
    REQUIRED,
    /** Dates follow each other: a case concludes on or after it starts, a decision takes effect on or after it is made, none in the future. */
    DATES,
    /** The inspected member or organization exists and stands under the inspecting committee on the day (Điều lệ Đảng, Điều 30–32). */
    SUBJECT_WITHIN,
    /**
     * Discipline of an organization is decided by a committee above it (Điều lệ Đảng, Điều 36:
     * the superior committee decides; dissolution by the committee directly above, approved by its own superior).
     */
    COMPETENT_UNIT,
    /** Organizations receive khiển trách, cảnh cáo or giải tán (Điều lệ Đảng, Điều 35(2)). */
    UNIT_DISCIPLINE_FORM,
    /** Kiểm điểm rút kinh nghiệm is for a member (probationary or official) on the day. */
    REVIEW_OF_MEMBER;

    String ruleName() {
        return "inspection." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "inspection.rule." + detailKey, arguments);
    }
}
