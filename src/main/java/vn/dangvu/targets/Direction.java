package vn.dangvu.targets;

/** Whether more or less is better. */
public enum Direction {
    MORE, LESS;

    public String messageKey() {
        return "target.direction." + name();
    }
}
