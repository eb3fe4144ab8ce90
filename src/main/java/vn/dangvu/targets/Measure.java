package vn.dangvu.targets;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named measure of the catalog: a stable code that targets refer to, how its values add up, the
 * message key of its Vietnamese label, and how it is computed.
 */
public record Measure(String code, MeasureKind kind, String labelKey, MeasureSource source) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (code == null || code.length() > 64 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A measure code is dotted lower camel case, at most 64 characters: " + code);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("A measure needs a label key: " + code);
        }
    }

    /** A measure whose label key is {@code target.measure.<code>}. */
    public static Measure of(String code, MeasureKind kind, MeasureSource source) {
        return new Measure(code, kind, "target.measure." + code, source);
    }

    public boolean isShare() {
        return kind == MeasureKind.SHARE;
    }
}
