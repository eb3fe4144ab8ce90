package vn.dangvu.accounts;

import java.io.Serializable;

import vn.dangvu.platform.RuleViolation;

/** A message for the next page (kept in flash attributes, so it is serializable): a key and its arguments. */
public record Notice(String key, Object[] args) implements Serializable {

    public static Notice of(String key, Object... args) {
        return new Notice(key, args);
    }

    public static Notice of(RuleViolation violation) {
        return new Notice(violation.messageKey(), violation.arguments());
    }
}
