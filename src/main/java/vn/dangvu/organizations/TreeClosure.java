package vn.dangvu.organizations;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.platform.BulkLoad;

/**
 * Re-derives the whole temporal closure ({@code org_unit_ancestry}) from {@code org_unit_link} in
 * one statement: for bulk loads (synthetic data, imports) that write the history tables directly
 * instead of going through {@link StructuralChanges}, and to repair the closure. The result is the
 * same as {@link UnitStore#rebuildAncestry} run for every unit.
 */
@Service
public class TreeClosure {

    /** {@link UnitStore#REBUILD_ANCESTRY}'s recursion, started from every unit at once. */
    static final String REBUILD_ALL = """
            insert into org_unit_ancestry (ancestor_id, descendant_id, depth, valid_from, valid_to, descendant_type)
            with recursive up (descendant_id, ancestor_id, depth, valid_from, valid_to) as (
                select u.id, u.id, 0, u.established_on, u.dissolved_on
                  from org_unit u
                union all
                select up.descendant_id, l.parent_id, up.depth + 1,
                       greatest(up.valid_from, l.valid_from), least(up.valid_to, l.valid_to)
                  from up
                  join org_unit_link l on l.unit_id = up.ancestor_id
                                      and l.valid_from < up.valid_to and l.valid_to > up.valid_from
            )
            select up.ancestor_id, up.descendant_id, up.depth, up.valid_from, up.valid_to, u.type
              from up join org_unit u on u.id = up.descendant_id
             order by up.ancestor_id, up.descendant_id, up.valid_from
            """;

    private final JdbcClient jdbc;
    private final BulkLoad bulkLoad;

    TreeClosure(JdbcClient jdbc, BulkLoad bulkLoad) {
        this.jdbc = jdbc;
        this.bulkLoad = bulkLoad;
    }

    /**
     * Replaces the closure with one derived from the links as they stand; returns the rows written.
     * The table is locked meanwhile, and its secondary indexes are rebuilt once at the end.
     */
    @Transactional
    public long rebuildAll() {
        return bulkLoad.withoutIndexes(List.of("org_unit_ancestry"), () -> {
            jdbc.sql("truncate org_unit_ancestry").update();
            return (long) jdbc.sql(REBUILD_ALL).update();
        });
    }
}
