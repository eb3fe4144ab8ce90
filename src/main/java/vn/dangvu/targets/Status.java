package vn.dangvu.targets;

/** Where a target stands on a date, in the bands of {@link ProgressSettings}. */
public enum Status {
    /** Đạt hoặc vượt chỉ tiêu. */
    REACHED,
    /** Not reached yet, but at or above the pace expected by the date. */
    ON_TRACK,
    /** Below the pace expected by the date. */
    BEHIND,
    /** The date is before the target's period begins. */
    NOT_STARTED,
    /** Nothing to read: no value entered yet, or a share of nobody. */
    NO_DATA;

    public String messageKey() {
        return "target.status." + name();
    }
}
