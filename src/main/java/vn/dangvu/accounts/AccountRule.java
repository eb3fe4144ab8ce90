package vn.dangvu.accounts;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard accounts, each named once with its reason. A violation names its rule; the
 * message key under {@code accounts.rule.*} says it to the user.
 */
enum AccountRule {

    /** NIST SP 800-63B §3.1.1.2: length, not composition, makes a password strong; at least 12 characters, at most 128. */
    PASSWORD_LENGTH,
    /** A password that repeats the user name, or the password it replaces, protects nothing. */
    PASSWORD_DIFFERENT,
    /** The current password is asked before a new one is set, so an open session alone cannot take over the account. */
    CURRENT_PASSWORD,
    /** User names: 3 to 64 lower-case letters, digits, dots, hyphens or underscores, and each one unique. */
    USERNAME,
    /** A branch secretary holds one branch (chi bộ), not a committee. */
    SECRETARY_OVER_BRANCH,
    /**
     * Administrators and committee staff manage the accounts within their own subtree only: every
     * grant they give or take lies within it, and only a system administrator names another.
     */
    WITHIN_OWN_SUBTREE,
    /** An account keeps at least one grant: to take all access away, disable it. */
    AT_LEAST_ONE_GRANT,
    /** Nobody disables their own account or removes their own administrator grant, so one is always left to manage. */
    NOT_ONESELF,
    /** A display name, a token name, a role and a unit must be given. */
    REQUIRED;

    String ruleName() {
        return "accounts." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "accounts.rule." + detailKey, arguments);
    }
}
