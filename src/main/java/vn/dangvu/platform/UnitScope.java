package vn.dangvu.platform;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of the tree a user may reach with one permission, for queries that must filter in SQL
 * (lists, searches, counts): filtering after paging would leak through the totals. A unit is in
 * scope when it stands under one of {@code roots} on {@code on}; a dissolved unit is judged by where
 * it last stood, a unit not yet established by where it will first stand.
 *
 * @param everything the whole tree (system administrators)
 * @param roots the units at the top of the scope; empty with {@code everything == false}: nothing
 * @param on today's date
 */
public record UnitScope(boolean everything, Set<Long> roots, LocalDate on) {

    public static final String ROOTS_PARAM = "scopeRoots";
    public static final String DAY_PARAM = "scopeDay";

    public UnitScope {
        roots = Set.copyOf(roots);
    }

    public static UnitScope whole(LocalDate on) {
        return new UnitScope(true, Set.of(), on);
    }

    public static UnitScope nothing(LocalDate on) {
        return new UnitScope(false, Set.of(), on);
    }

    public boolean isEmpty() {
        return !everything && roots.isEmpty();
    }

    /**
     * A SQL condition, true when the unit whose id is in {@code unitIdColumn} is in scope. It uses
     * the named parameters {@value #ROOTS_PARAM} and {@value #DAY_PARAM}: bind them with {@link #bind}.
     */
    public String predicate(String unitIdColumn) {
        if (everything) {
            return "true";
        }
        if (roots.isEmpty()) {
            return "false";
        }
        return """
                exists (select 1 from org_unit scope_u
                          join org_unit_ancestry scope_a on scope_a.descendant_id = scope_u.id
                         where scope_u.id = %1$s and scope_a.ancestor_id in (:%2$s)
                           and scope_a.valid_from <= least(greatest(:%3$s, scope_u.established_on), scope_u.dissolved_on - 1)
                           and scope_a.valid_to > least(greatest(:%3$s, scope_u.established_on), scope_u.dissolved_on - 1))
                """.formatted(unitIdColumn, ROOTS_PARAM, DAY_PARAM);
    }

    /** The named parameters {@link #predicate} refers to. */
    public Map<String, Object> parameters() {
        return Map.of(ROOTS_PARAM, roots.isEmpty() ? Set.of(-1L) : roots, DAY_PARAM, on);
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters());
    }
}
