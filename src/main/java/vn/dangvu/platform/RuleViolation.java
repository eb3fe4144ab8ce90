package vn.dangvu.platform;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A domain rule refused a change. It names the rule (so tests and logs say which one) and carries a
 * message key with arguments, which pages and the API turn into the user's language. Nothing has
 * been changed when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String rule, String messageKey, Object... arguments) {
        super(rule + " " + Arrays.toString(arguments));
        this.rule = rule;
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments)
                .map(a -> a instanceof LocalDate d ? Labels.date(d) : a)
                .toArray();
    }

    /** The rule's stable name, such as {@code organizations.placement}. */
    public String rule() {
        return rule;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
