package vn.dangvu.organizations;

/** The identity of an organization unit. */
public record UnitId(long value) {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
