package vn.dangvu.synthetic;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.dangvu.platform.VietnameseText;
import vn.dangvu.synthetic.PlannedTree.Event;
import vn.dangvu.synthetic.PlannedTree.Unit;

/**
 * Streams a planned tree into the organization tables with PostgreSQL's COPY, in the shape
 * {@code UnitStore} writes them: names and links tile each unit's lifespan, the unit row carries
 * today's name and superior, and events keep their order. The closure is derived afterwards.
 */
final class TreeWriter {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyManager copy;

    TreeWriter(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Writes every table and returns the rows written to each, in order. */
    Map<String, Long> write(PlannedTree tree) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("org_unit", units(tree.units()));
        rows.put("org_unit_name", names(tree.units()));
        rows.put("org_unit_link", links(tree.units()));
        rows.put("org_unit_event", events(tree.events()));
        return rows;
    }

    private long units(List<Unit> units) throws SQLException {
        try (Rows out = new Rows("""
                copy org_unit (id, code, type, established_on, dissolved_on, name, name_folded, parent_id, version)
                from stdin""")) {
            for (Unit u : units) {
                Unit parent = u.parent();
                // StructuralChanges bumps the version once per rename, hand-over and ending.
                int version = u.names.size() - 1 + Math.max(0, u.linkFrom.size() - 1) + (u.alive() ? 0 : 1);
                out.add(u.id).add(u.code).add(u.type.name()).add(u.established).add(u.dissolved).add(u.name())
                        .add(VietnameseText.fold(u.name())).add(parent == null ? null : parent.id).add(version).end();
            }
            return out.finish();
        }
    }

    private long names(List<Unit> units) throws SQLException {
        try (Rows out = new Rows("copy org_unit_name (unit_id, valid_from, valid_to, name, name_folded) from stdin")) {
            for (Unit u : units) {
                for (int i = 0; i < u.names.size(); i++) {
                    LocalDate to = i + 1 < u.names.size() ? u.nameFrom.get(i + 1) : u.dissolved;
                    String name = u.names.get(i);
                    out.add(u.id).add(u.nameFrom.get(i)).add(to).add(name).add(VietnameseText.fold(name)).end();
                }
            }
            return out.finish();
        }
    }

    private long links(List<Unit> units) throws SQLException {
        try (Rows out = new Rows("copy org_unit_link (unit_id, parent_id, valid_from, valid_to) from stdin")) {
            for (Unit u : units) {
                for (int i = 0; i < u.linkFrom.size(); i++) {
                    LocalDate to = i + 1 < u.linkFrom.size() ? u.linkFrom.get(i + 1) : u.dissolved;
                    out.add(u.id).add(u.linkParent.get(i).id).add(u.linkFrom.get(i)).add(to).end();
                }
            }
            return out.finish();
        }
    }

    private long events(List<Event> events) throws SQLException {
        try (Rows out = new Rows("""
                copy org_unit_event (unit_id, kind, occurred_on, from_unit_id, to_unit_id, old_name, new_name, decision)
                from stdin""")) {
            for (Event e : events) {
                out.add(e.unitId()).add(e.kind().name()).add(e.on()).add(e.fromId()).add(e.toId()).add(e.oldName())
                        .add(e.newName()).add(e.decision()).end();
            }
            return out.finish();
        }
    }

    /** Rows in COPY's text format, sent in chunks of about a megabyte. */
    private final class Rows implements AutoCloseable {

        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        private boolean first = true;

        Rows(String sql) throws SQLException {
            this.in = copy.copyIn(sql);
        }

        Rows add(Object value) {
            if (!first) {
                buffer.append('\t');
            }
            first = false;
            switch (value) {
                case null -> buffer.append("\\N");
                case LocalDate d when d.equals(PlannedTree.OPEN) -> buffer.append("infinity");
                case String s -> escape(s);
                default -> buffer.append(value);
            }
            return this;
        }

        void end() throws SQLException {
            buffer.append('\n');
            first = true;
            if (buffer.length() >= FLUSH_AT) {
                flush();
            }
        }

        long finish() throws SQLException {
            flush();
            return in.endCopy();
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
