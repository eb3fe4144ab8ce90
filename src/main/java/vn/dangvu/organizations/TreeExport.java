package vn.dangvu.organizations;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;

/**
 * The organization workbook going out: the template to fill in, and a subtree as it stood on a date,
 * in the template's columns (so an export imports again) plus the dissolution date and the superior's
 * name for readers.
 */
@Service
public class TreeExport {

    /** Rows with a drop-down of types in the template: as many as an import accepts. */
    private static final int TEMPLATE_ROWS = TreeImport.MAX_ROWS;

    /**
     * The subtree on :d, top down; each unit's name and superior as they were then, and its establishing
     * decision. Only what the user may read today: on a past day the subtree held units that have since
     * moved out of the user's reach, and a superior (the root's, always) may lie outside it; such a
     * superior is left blank. The establishment column holds the day each unit has stood where the file
     * shows it (its path from the root unchanged since, the root under its superior since): the file
     * imports again as the tree it shows, every superior established before its units; the unit's own
     * establishing date goes in its own column when it is earlier.
     */
    private static final String SUBTREE = """
            with root_since as (
                select greatest(r.established_on,
                                coalesce((select rl.valid_from from org_unit_link rl
                                           where rl.unit_id = r.id and rl.valid_from <= :d and rl.valid_to > :d),
                                         r.established_on)) as day
                  from org_unit r where r.id = :root)
            select u.code, u.type, u.established_on, u.dissolved_on,
                   greatest(u.established_on, a.valid_from, (select day from root_since)) as in_place_since,
                   coalesce((select n.name from org_unit_name n where n.unit_id = u.id and n.valid_from <= :d
                              order by n.valid_from desc limit 1), u.name) as name_on,
                   case when p.id is not null and %2$s then p.code end as superior_code,
                   case when p.id is not null and %2$s then
                       coalesce((select n.name from org_unit_name n where n.unit_id = p.id and n.valid_from <= :d
                                  order by n.valid_from desc limit 1), p.name) end as superior_name,
                   e.decision, e.note
              from org_unit_ancestry a
              join org_unit u on u.id = a.descendant_id
              left join org_unit_link l on l.unit_id = u.id and l.valid_from <= :d and l.valid_to > :d
              left join org_unit p on p.id = l.parent_id
              left join lateral (select ev.decision, ev.note from org_unit_event ev
                                  where ev.unit_id = u.id and ev.kind = 'ESTABLISHED'
                                  order by ev.id limit 1) e on true
             where a.ancestor_id = :root and a.valid_from <= :d and a.valid_to > :d and %1$s
             order by a.depth, name_on, u.id
            """;

    private final OrganizationTree tree;
    private final UnitTypeNames typeNames;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    TreeExport(OrganizationTree tree, UnitTypeNames typeNames, UnitAccess access, MessageSource messages, Clock clock,
            DataSource dataSource, PlatformTransactionManager transactions) {
        this.tree = tree;
        this.typeNames = typeNames;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        // PostgreSQL streams a result with a cursor only inside a transaction and with a fetch size.
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** A workbook ready to be written, with the file name to offer. */
    public interface Download {

        String fileName();

        void writeTo(OutputStream out) throws IOException;
    }

    /** The template: the header, two example rows a file may start from, the drop-down and the guide. */
    public Download template(Locale locale) {
        return new Download() {
            @Override
            public String fileName() {
                return messages.getMessage("workbook.template.file-name", null, locale);
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (var writer = new UnitSheetWriter(messages, typeNames, locale, UnitColumn.IMPORTED, TEMPLATE_ROWS)) {
                    for (String example : new String[] {"1", "2"}) {
                        writer.row(exampleRow(example, locale));
                    }
                    writer.writeTo(out);
                }
            }
        };
    }

    /**
     * The unit and everything under it on {@code on} (today if null). The user must be allowed to read
     * the unit; a unit that does not exist is not found either way.
     */
    public Download subtree(UnitId root, LocalDate on, Locale locale) {
        access.checkRead(root.value());
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        UnitView unit = tree.find(root, day).orElseThrow(() -> new NotFoundException("unit", root));
        return new Download() {
            @Override
            public String fileName() {
                return messages.getMessage("workbook.export.file-name", new Object[] {unit.code(), day.toString()}, locale);
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (var writer = new UnitSheetWriter(messages, typeNames, locale, UnitColumn.EXPORTED, TEMPLATE_ROWS)) {
                    // The rows go to the writer's temporary files inside the transaction; the file goes out after it.
                    UnitScope scope = access.scope(Permission.READ);
                    String sql = SUBTREE.formatted(scope.predicate("u.id"), scope.predicate("p.id"));
                    readOnly.executeWithoutResult(status -> streaming.sql(sql).params(scope.parameters())
                            .param("root", root.value()).param("d", day)
                            .query(rs -> {
                                Map<UnitColumn, Object> row = new EnumMap<>(UnitColumn.class);
                                row.put(UnitColumn.CODE, rs.getString("code"));
                                row.put(UnitColumn.NAME, rs.getString("name_on"));
                                row.put(UnitColumn.TYPE, UnitType.valueOf(rs.getString("type")));
                                row.put(UnitColumn.SUPERIOR, rs.getString("superior_code"));
                                LocalDate established = rs.getObject("established_on", LocalDate.class);
                                LocalDate inPlace = rs.getObject("in_place_since", LocalDate.class);
                                row.put(UnitColumn.ESTABLISHED, inPlace);
                                row.put(UnitColumn.FIRST_ESTABLISHED, inPlace.equals(established) ? null : established);
                                row.put(UnitColumn.DECISION, rs.getString("decision"));
                                row.put(UnitColumn.NOTE, rs.getString("note"));
                                LocalDate dissolved = rs.getObject("dissolved_on", LocalDate.class);
                                row.put(UnitColumn.DISSOLVED, OrgUnit.OPEN_END.equals(dissolved) ? null : dissolved);
                                row.put(UnitColumn.SUPERIOR_NAME, rs.getString("superior_name"));
                                writer.row(row);
                            }));
                    writer.writeTo(out);
                }
            }
        };
    }

    private Map<UnitColumn, Object> exampleRow(String example, Locale locale) {
        Map<UnitColumn, Object> row = new EnumMap<>(UnitColumn.class);
        for (UnitColumn column : UnitColumn.IMPORTED) {
            String value = messages.getMessage("workbook.example." + example + "." + column.name(), null, "", locale);
            if (!value.isEmpty()) {
                row.put(column, switch (column) {
                    case TYPE -> UnitType.valueOf(value);
                    case ESTABLISHED -> ImportPlan.parseDay(value).orElseThrow();
                    default -> value;
                });
            }
        }
        return row;
    }
}
