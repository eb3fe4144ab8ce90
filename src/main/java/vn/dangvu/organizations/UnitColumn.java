package vn.dangvu.organizations;

import java.util.List;

/**
 * The columns of the organization workbook, in the order the template and the export write them.
 * Imports find them by their header text, so columns may be moved and the export's extra columns
 * are simply ignored.
 */
enum UnitColumn {

    CODE(16, true),
    NAME(46, true),
    TYPE(32, true),
    SUPERIOR(16, true),
    ESTABLISHED(18, true),
    DECISION(20, false),
    NOTE(34, false),
    /** Export only: when the unit was (or is to be) dissolved. */
    DISSOLVED(16, false),
    /**
     * Export only: the date of the unit's own establishing decision, when it came into this subtree later
     * (handed over, moved under a superior established after it). ESTABLISHED then holds the day it has
     * stood where the export shows it, so that the file imports again as the tree it shows.
     */
    FIRST_ESTABLISHED(18, false),
    /** Export only: the superior's name on the export date, for readers. */
    SUPERIOR_NAME(46, false);

    /** What the template holds and an import reads. */
    static final List<UnitColumn> IMPORTED = List.of(CODE, NAME, TYPE, SUPERIOR, ESTABLISHED, DECISION, NOTE);
    static final List<UnitColumn> EXPORTED = List.of(values());

    private final int width;
    private final boolean required;

    UnitColumn(int width, boolean required) {
        this.width = width;
        this.required = required;
    }

    String headerKey() {
        return "workbook.column." + name();
    }

    String guideKey() {
        return "workbook.guide.column." + name();
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    /** A header an import cannot do without (the cell itself may still be blank, as a superior's code is for a top-level unit). */
    boolean required() {
        return required;
    }
}
