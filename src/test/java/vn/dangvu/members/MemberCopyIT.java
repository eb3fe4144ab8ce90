package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * The import writes its rows with the tables' triggers off and then does once what they do (V91's
 * member_rows_inserted). These tests hold that shortcut to the triggers it stands for.
 */
@SpringBootTest
class MemberCopyIT {

    @Autowired JdbcClient jdbc;
    @Autowired StructuralChanges changes;
    @Autowired PlatformTransactionManager transactions;

    /**
     * The triggers an insert into the member tables fires, with the function each runs. A new one must be
     * done by member_rows_inserted too (V91), or an import would skip it: then add it there and here.
     */
    @Test
    void theImportReplaysEveryInsertTriggerOfTheMemberTables() {
        assertThat(jdbc.sql("""
                select c.relname || ' ' || t.tgname || ' ' || p.proname
                  from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_proc p on p.oid = t.tgfoid
                 where c.relname in ('member', 'member_event', 'member_period') and not t.tgisinternal
                   and t.tgtype & 4 <> 0
                 order by 1""").query(String.class).list()).containsExactly(
                        "member member_name_remember_insert member_name_remember_inserted",
                        "member_event target_tally_insert target_tally_changed",
                        "member_event target_transfer_insert target_transfer_changed",
                        "member_period target_tally_insert target_tally_changed",
                        "member_period target_transfer_insert target_transfer_changed");
    }

    /** The foreign keys of the member tables, which member_rows_inserted checks for the rows written. */
    @Test
    void theImportChecksEveryForeignKeyOfTheMemberTables() {
        assertThat(jdbc.sql("""
                select c.conrelid::regclass || ' ' || pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.contype = 'f' and c.conrelid::regclass::text in ('member', 'member_event', 'member_period')
                 order by 1""").query(String.class).list()).containsExactly(
                        "member FOREIGN KEY (host_unit_id) REFERENCES org_unit(id)",
                        "member FOREIGN KEY (unit_id) REFERENCES org_unit(id)",
                        "member_event FOREIGN KEY (member_id) REFERENCES member(id)",
                        "member_event FOREIGN KEY (unit_id) REFERENCES org_unit(id)",
                        "member_period FOREIGN KEY (host_unit_id) REFERENCES org_unit(id)",
                        "member_period FOREIGN KEY (member_id) REFERENCES member(id)",
                        "member_period FOREIGN KEY (unit_id) REFERENCES org_unit(id)");
    }

    /** Rows written with triggers off that name a unit that does not exist are refused as the foreign key refuses them. */
    @Test
    void aUnitThatDoesNotExistIsRefused() {
        UnitId branch = branch();
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from org_unit").query(Long.class).single();
        for (String column : List.of("member.unit_id", "member.host_unit_id", "member_event.unit_id",
                "member_period.unit_id", "member_period.host_unit_id")) {
            assertThatThrownBy(() -> inTriggersOff(branch, column, missing))
                    .as(column).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("units found");
        }
        // and the same rows with the unit that exists pass
        inTriggersOff(branch, "member.host_unit_id", branch.value());
    }

    /** Events or periods that are not those the import says it wrote (a member id lost, say) are refused. */
    @Test
    void rowsNotFoundAsWrittenAreRefused() {
        UnitId branch = branch();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long id = writeWithTriggersOff(branch, "member.unit_id", branch.value());
            jdbc.sql("select member_rows_inserted(?, 2, 1)").param(new Long[] {id}).query((rs, n) -> null).list();
        })).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("1 of 2 events");
    }

    /**
     * The yearly sums (V89) after an import that writes its tally once at the end are the yearly sums
     * of the tally itself.
     */
    @Test
    void theYearlySumsStayTheSumsOfTheTally() {
        UnitId branch = branch();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long id = writeWithTriggersOff(branch, "member.unit_id", branch.value());
            jdbc.sql("select member_rows_inserted(?, 1, 1)").param(new Long[] {id}).query((rs, n) -> null).list();
        });
        assertThat(jdbc.sql("""
                select count(*) from (
                    select ancestor_id, measure, extract(year from day)::int, sum(num), sum(den) from target_tally
                     group by 1, 2, 3 having sum(num) <> 0 or sum(den) <> 0
                    except select ancestor_id, measure, year, num, den from target_tally_year
                     where num <> 0 or den <> 0
                    union all
                    (select ancestor_id, measure, year, num, den from target_tally_year where num <> 0 or den <> 0
                     except select ancestor_id, measure, extract(year from day)::int, sum(num), sum(den)
                              from target_tally group by 1, 2, 3 having sum(num) <> 0 or sum(den) <> 0)) d
                """).query(Long.class).single()).isZero();
    }

    /**
     * A history whose events count in measures and hold a transfer between two committees leaves, through
     * member_rows_inserted, the tally and the transfers the triggers leave for the same rows written with them on.
     */
    @Test
    void measuredEventsAndATransferAreTalliedAsTheTriggersTallyThem() {
        UnitId from = branch();
        UnitId to = branch();
        List<String> byTriggers = writeHistory(from, to, false);
        List<String> byImport = writeHistory(from, to, true);
        assertThat(byTriggers).anyMatch(row -> row.contains("members.admitted"))
                .anyMatch(row -> row.startsWith("transfer " + to.value() + " true 2020-01-01"))
                .anyMatch(row -> row.startsWith("transfer " + from.value() + " false 2020-01-01"));
        assertThat(byImport).isEqualTo(byTriggers);
    }

    /** Writes an admitted member transferred from one branch to the other, and answers the tally and transfers it left; rolled back. */
    private List<String> writeHistory(UnitId from, UnitId to, boolean triggersOff) {
        return new TransactionTemplate(transactions).execute(status -> {
            if (triggersOff) {
                jdbc.sql("set local session_replication_role = replica").update();
            }
            long id = jdbc.sql("""
                    insert into member (full_name, name_folded, sort_key, sex, birth_date, status, unit_id)
                    values ('Lê Văn Chuyển', 'le van chuyen', '\\x01', 'MALE', '1980-01-01', 'OFFICIAL', ?) returning id""")
                    .param(to.value()).query(Long.class).single();
            jdbc.sql("""
                    insert into member_event (member_id, seq, kind, occurred_on, unit_id, payload)
                    values (?, 1, 'AdmissionDecided', '2015-01-01', ?, '{}'), (?, 2, 'Transferred', '2020-01-01', ?, '{}')""")
                    .params(id, from.value(), id, to.value()).update();
            jdbc.sql("""
                    insert into member_period (member_id, valid_from, valid_to, status, unit_id, exempt)
                    values (?, '2015-01-01', '2020-01-01', 'PROBATIONARY', ?, false),
                           (?, '2020-01-01', 'infinity', 'OFFICIAL', ?, false)""")
                    .params(id, from.value(), id, to.value()).update();
            if (triggersOff) {
                jdbc.sql("set local session_replication_role = origin").update();
                jdbc.sql("select member_rows_inserted(?, 2, 2)").param(new Long[] {id}).query((rs, n) -> null).list();
            }
            List<String> rows = new java.util.ArrayList<>(jdbc.sql("""
                    select 'tally ' || t.ancestor_id || ' ' || t.measure || ' ' || t.day || ' ' || t.num from target_tally t
                     where t.ancestor_id in (select a.ancestor_id from org_unit_ancestry a where a.descendant_id in (?, ?))
                     order by 1""").params(from.value(), to.value()).query(String.class).list());
            rows.addAll(jdbc.sql("""
                    select 'transfer ' || unit_id || ' ' || inward || ' ' || day from target_transfer
                     where event_id in (select e.id from member_event e where e.member_id = ?) order by 1""")
                    .param(id).query(String.class).list());
            status.setRollbackOnly();
            return rows;
        });
    }

    private void inTriggersOff(UnitId branch, String column, long unit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long id = writeWithTriggersOff(branch, column, unit);
            jdbc.sql("select member_rows_inserted(?, 1, 1)").param(new Long[] {id}).query((rs, n) -> null).list();
            status.setRollbackOnly();
        });
    }

    /** One member with its event and period, written as the import writes them; {@code column} names {@code unit}. */
    private long writeWithTriggersOff(UnitId branch, String column, long unit) {
        jdbc.sql("set local session_replication_role = replica").update();
        long b = branch.value();
        long id = jdbc.sql("""
                insert into member (full_name, name_folded, sort_key, sex, birth_date, status, unit_id, host_unit_id)
                values ('Lê Văn Thử', 'le van thu', '\\x01', 'MALE', '1980-01-01', 'OFFICIAL', ?, ?) returning id""")
                .params(column.equals("member.unit_id") ? unit : b, column.equals("member.host_unit_id") ? unit : null)
                .query(Long.class).single();
        jdbc.sql("""
                insert into member_event (member_id, seq, kind, occurred_on, unit_id, payload)
                values (?, 1, 'RecordOpened', '2015-01-01', ?, '{}')""")
                .params(id, column.equals("member_event.unit_id") ? unit : b).update();
        jdbc.sql("""
                insert into member_period (member_id, valid_from, valid_to, status, unit_id, host_unit_id, exempt)
                values (?, '2015-01-01', 'infinity', 'OFFICIAL', ?, ?, false)""")
                .params(id, column.equals("member_period.unit_id") ? unit : b,
                        column.equals("member_period.host_unit_id") ? unit : null).update();
        jdbc.sql("set local session_replication_role = origin").update();
        return id;
    }

    private UnitId branch() {
        String p = "MC" + System.nanoTime() % 1_000_000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1975, 1, 1), null, null));
        UnitId committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ " + p, UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1980, 1, 1), null, null));
        return changes.establish(new EstablishUnit(p + "-CB", "Chi bộ " + p, UnitType.BRANCH, committee,
                LocalDate.of(1980, 1, 1), null, null));
    }
}
