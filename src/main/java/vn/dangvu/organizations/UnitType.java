package vn.dangvu.organizations;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of Party organization, top down. Depth is not fixed (district-level committees were
 * abolished on 1 July 2025), so where a unit may stand is a property of its type.
 */
public enum UnitType {

    /** Tỉnh ủy, thành ủy, or a central bloc's committee directly under the Central Committee. */
    PROVINCIAL_COMMITTEE("TU"),
    /** Đảng bộ cấp trên cơ sở, e.g. "Đảng bộ Khối các cơ quan tỉnh". */
    UPPER_GRASSROOTS_COMMITTEE("ĐU"),
    /** Đảng bộ cơ sở. */
    GRASSROOTS_COMMITTEE("ĐU"),
    /** Chi bộ cơ sở: a grassroots organization that is itself a branch. */
    GRASSROOTS_BRANCH("CB"),
    /** Đảng bộ bộ phận, under a grassroots committee. */
    SUB_COMMITTEE("ĐU"),
    /** Chi bộ trực thuộc: a branch under a grassroots committee or a sub-committee. */
    BRANCH("CB");

    private final String issuerSymbol;

    UnitType(String issuerSymbol) {
        this.issuerSymbol = issuerSymbol;
    }

    /** The symbol a unit of this type signs documents with ("Số 12-BC/ĐU"). */
    public String issuerSymbol() {
        return issuerSymbol;
    }

    public String messageKey() {
        return "unit.type." + name();
    }

    public boolean isBranch() {
        return this == GRASSROOTS_BRANCH || this == BRANCH;
    }

    /** Tổ chức cơ sở đảng: the grassroots organizations counted in reviews. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_BRANCH;
    }

    /**
     * Where a unit of this type may stand (Điều lệ Đảng, Điều 10–11 and 21–22): a provincial
     * committee has no superior in Dangvu's tree; grassroots organizations stand under a provincial
     * or upper-grassroots committee; sub-committees under a grassroots committee; branches under a
     * grassroots committee or a sub-committee. A branch has nothing under it.
     */
    public Set<UnitType> allowedSuperiors() {
        return switch (this) {
            case PROVINCIAL_COMMITTEE -> Set.of();
            case UPPER_GRASSROOTS_COMMITTEE -> EnumSet.of(PROVINCIAL_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE);
            case GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH -> EnumSet.of(PROVINCIAL_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE);
            case SUB_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
            case BRANCH -> EnumSet.of(GRASSROOTS_COMMITTEE, SUB_COMMITTEE);
        };
    }

    public boolean mayStandUnder(UnitType superior) {
        return allowedSuperiors().contains(superior);
    }

    public boolean isTopLevel() {
        return allowedSuperiors().isEmpty();
    }

    public boolean mayHaveSubordinates() {
        return !isBranch();
    }
}
