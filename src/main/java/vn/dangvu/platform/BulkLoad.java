package vn.dangvu.platform;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many rows into tables fast, the way PostgreSQL's manual advises ("Populating a Database"):
 * the tables' foreign keys and secondary indexes are set aside during the load and restored from
 * their own catalog definitions afterwards, so each is checked or built once over the whole table
 * instead of row by row. Primary keys and unique constraints stay, so duplicates still fail at
 * once. Runs inside the caller's transaction: a failed load restores nothing because nothing was
 * committed.
 */
@Component
public class BulkLoad {

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    private final JdbcClient jdbc;

    BulkLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Definition(String table, String name, String ddl) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T withoutIndexes(List<String> tables, Supplier<T> load) {
        String[] names = tables.toArray(String[]::new);
        List<Definition> foreignKeys = jdbc.sql("""
                select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.contype = 'f' and c.conrelid::regclass::text = any(?)
                 order by c.conrelid::regclass::text, c.conname
                """).param(names).query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<Definition> indexes = jdbc.sql("""
                select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  from pg_index i
                 where i.indrelid::regclass::text = any(?)
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                 order by i.indexrelid::regclass::text
                """).param(names).query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Definition fk : foreignKeys) {
            jdbc.sql("alter table %s drop constraint %s".formatted(fk.table(), quote(fk.name()))).update();
        }
        for (Definition index : indexes) {
            jdbc.sql("drop index " + index.name()).update();
        }
        T result = load.get();
        long start = System.nanoTime();
        for (Definition index : indexes) {
            jdbc.sql(index.ddl()).update();
        }
        for (Definition fk : foreignKeys) {
            jdbc.sql("alter table %s add constraint %s %s".formatted(fk.table(), quote(fk.name()), fk.ddl())).update();
        }
        log.info("Rebuilt {} indexes and checked {} foreign keys on {} in {} ms", indexes.size(), foreignKeys.size(),
                tables, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
