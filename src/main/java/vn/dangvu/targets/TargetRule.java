package vn.dangvu.targets;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard resolutions, targets and their readings, each named once. A violation names
 * its rule; the message key under {@code targets.rule.*} says it to the user.
 */
enum TargetRule {

    /** A congress adopts one resolution for its term (Điều lệ Đảng, Điều 16), dated within that term. */
    ONE_RESOLUTION_PER_TERM,
    /** Targets of a resolution are numbered, each number once, as the resolution lists them. */
    NUMBERED_TARGETS,
    /**
     * A measured target reads what its measure gives: a share is a percentage, a count is a count;
     * a goal set as a percentage of a baseline takes that baseline from a stock (members at a date).
     */
    MEASURE_FITS,
    /** A goal is a non-negative number; a percentage goal is at most 100%. */
    GOAL_RANGE,
    /**
     * Values are entered by hand only for targets measured by hand, for a period within the term,
     * from a start not after its end.
     */
    MANUAL_VALUES,
    /**
     * A committee's bands: reached and on-track thresholds are positive percentages, and the summary
     * line's bands go strictly downwards ("100% trở lên", then "trên 60%").
     */
    BANDS,
    /** A title, a goal, a measure or its kind of entry must be given. */
    REQUIRED;

    String ruleName() {
        return "targets." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "targets.rule." + detailKey, arguments);
    }
}
