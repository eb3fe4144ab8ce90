package vn.dangvu.targets;

/** Whether a target is met over the whole term or anew each year of it. */
public enum Scope {
    TERM, YEAR;

    public String messageKey() {
        return "target.scope." + name();
    }
}
