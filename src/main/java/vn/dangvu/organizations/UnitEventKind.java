package vn.dangvu.organizations;

/** The kinds of dated structural change a unit's timeline shows. */
public enum UnitEventKind {
    /** Thành lập; {@code to} is the superior, {@code from} the unit it was split from, if any. */
    ESTABLISHED,
    /** Đổi tên. */
    RENAMED,
    /** Chuyển giao from one superior ({@code from}) to another ({@code to}), which receives it (tiếp nhận). */
    HANDED_OVER,
    /** Hợp nhất vào {@code to}; the unit ends on that date and its subordinates pass to {@code to}. */
    MERGED,
    /** Chia tách into new units, which are established with {@code from} pointing here. */
    SPLIT,
    /** Giải thể; {@code from} is the superior it stood under. */
    DISSOLVED;

    public String messageKey() {
        return "unit.event." + name();
    }
}
