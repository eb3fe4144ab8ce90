package vn.dangvu.accounts;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.AccountViews.UnitChoice;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;

/** The units a manager may grant roles over: those within their subtree, found by name or code; no others exist. */
@Service
@Transactional(readOnly = true)
class GrantableUnits {

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final OrganizationTree tree;

    GrantableUnits(JdbcClient jdbc, UnitAccess access, OrganizationTree tree) {
        this.jdbc = jdbc;
        this.access = access;
        this.tree = tree;
    }

    /** Units within the manager's subtree whose name or code matches, for the grant form. */
    List<UnitChoice> unitChoices(String query, int limit) {
        UnitScope scope = access.scope(Permission.MANAGE_ACCOUNTS);
        String folded = VietnameseText.fold(query);
        if (scope.isEmpty() || folded.isBlank()) {
            return List.of();
        }
        String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select u.id, u.code, u.name, u.type from org_unit u
                 where (u.name_folded like :p or lower(u.code) like :p) and u.dissolved_on > :scopeDay
                   and %s
                 order by lower(u.code) = :q desc, u.name, u.id limit :limit
                """.formatted(scope.predicate("u.id")))
                .params(scope.parameters()).param("p", pattern).param("q", folded).param("limit", limit)
                .query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4))))
                .list();
    }

    /** Finds a unit by its code, but only within the manager's subtree: elsewhere it does not exist. */
    UnitId unitByCode(String code) {
        return tree.findByCode(code).filter(id -> access.can(Permission.MANAGE_ACCOUNTS, id.value()))
                .orElseThrow(() -> AccountRule.WITHIN_OWN_SUBTREE.violation("unit-not-found",
                        code == null ? "" : code.strip()));
    }
}
