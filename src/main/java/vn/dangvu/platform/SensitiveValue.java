package vn.dangvu.platform;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A field that is shown masked (an identity number, say) unless the user holds
 * {@link Permission#REVEAL_SENSITIVE} and asks, which the audit log records. Its text form, its JSON
 * and its {@code toString} are all the masked form, so it cannot leak through a template, a log
 * line or an API answer by accident; only {@link #clear()} gives the value.
 */
public final class SensitiveValue {

    private static final int SHOWN = 3;
    private final String clear;

    private SensitiveValue(String clear) {
        this.clear = clear;
    }

    public static SensitiveValue of(String clear) {
        return new SensitiveValue(clear == null ? "" : clear.strip());
    }

    /** All but the last three characters hidden: "•••••••••123". */
    @JsonValue
    public String masked() {
        if (clear.isEmpty()) {
            return "";
        }
        int shown = clear.length() > 2 * SHOWN ? SHOWN : 0;
        return "•".repeat(clear.length() - shown) + clear.substring(clear.length() - shown);
    }

    /** The value in clear: for the reveal service, after it has checked the right and logged the view. */
    public String clear() {
        return clear;
    }

    public boolean isEmpty() {
        return clear.isEmpty();
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensitiveValue other && clear.equals(other.clear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clear);
    }
}
