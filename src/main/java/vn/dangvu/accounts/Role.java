package vn.dangvu.accounts;

import static vn.dangvu.platform.Permission.EXPORT_PERSONAL_DATA;
import static vn.dangvu.platform.Permission.MANAGE_ACCOUNTS;
import static vn.dangvu.platform.Permission.READ;
import static vn.dangvu.platform.Permission.READ_AUDIT;
import static vn.dangvu.platform.Permission.REVEAL_SENSITIVE;
import static vn.dangvu.platform.Permission.WRITE;
import static vn.dangvu.platform.Permission.WRITE_INSPECTION;

import java.util.EnumSet;
import java.util.Set;

import vn.dangvu.platform.Permission;

/**
 * The roles a person may hold over a unit, and what each permits there and below. This table is the
 * one place that says which role may do what.
 */
public enum Role {

    /** Quản trị hệ thống: everything, over the whole tree; holds no unit. */
    SYSTEM_ADMIN(EnumSet.allOf(Permission.class)),
    /** Văn phòng or ban tổ chức of a committee: runs the unit's subtree and its accounts. */
    COMMITTEE_STAFF(EnumSet.of(READ, WRITE, REVEAL_SENSITIVE, EXPORT_PERSONAL_DATA, MANAGE_ACCOUNTS, READ_AUDIT)),
    /** Bí thư chi bộ: keeps one branch's records; identity numbers stay masked. */
    BRANCH_SECRETARY(EnumSet.of(READ, WRITE, EXPORT_PERSONAL_DATA)),
    /** Ủy ban kiểm tra: reads its subtree, records inspections and discipline. */
    INSPECTION(EnumSet.of(READ, WRITE_INSPECTION, REVEAL_SENSITIVE)),
    /** Reads the subtree and changes nothing. */
    VIEWER(EnumSet.of(READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean permits(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    /** Every role but the system administrator's is held over a unit. */
    public boolean needsUnit() {
        return this != SYSTEM_ADMIN;
    }

    public String messageKey() {
        return "account.role." + name();
    }
}
