package vn.dangvu.organizations;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard the organization tree, each named once with where it comes from. A
 * violation names its rule; the message key under {@code organizations.rule.*} says it to the user.
 */
enum OrganizationRule {

    /** Điều lệ Đảng, Điều 10–11, 21–22: which type stands under which; a branch has no subordinates. */
    PLACEMENT,
    /** A tree: no unit may come to stand under itself or one of its own subordinates. */
    NO_CYCLE,
    /** A change is dated within the unit's existence: not before its establishment nor from its dissolution on. */
    WITHIN_LIFESPAN,
    /** Nothing is established under, handed to or merged into a dissolved superior. */
    SUPERIOR_EXISTS,
    /** Each unit has its own short code. */
    UNIQUE_CODE,
    /**
     * A unit's history is recorded in order: a change may not be dated before the unit's last
     * recorded change, or the tree as of the dates between would be rewritten silently.
     */
    CHRONOLOGICAL,
    /** A unit is dissolved only when nothing stands under it any more: hand over or dissolve those first. */
    SUBORDINATES_FIRST,
    /** Terms (nhiệm kỳ) of one unit do not overlap, and later congresses carry higher numbers. */
    TERMS_IN_SEQUENCE,
    /** A congress is held while the unit exists, in the term's first year or the year before it. */
    CONGRESS_DATE,
    /** A name, a code, the new units of a split or the units of a merge must be given. */
    REQUIRED;

    String ruleName() {
        return "organizations." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "organizations.rule." + detailKey, arguments);
    }
}
