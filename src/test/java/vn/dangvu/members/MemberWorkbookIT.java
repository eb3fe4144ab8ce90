package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberWorkbook.ImportError;
import vn.dangvu.members.MemberWorkbook.ImportResult;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.PersonalDataExported;

/** Member workbooks against the real database: the template, all-or-nothing imports and exports. */
@SpringBootTest
@RecordApplicationEvents
class MemberWorkbookIT {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired MemberWorkbook workbook;
    @Autowired MemberRegistry registry;
    @Autowired StructuralChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired vn.dangvu.accounts.TestAccounts accounts;
    @Autowired vn.dangvu.audit.AuditBrowser auditBrowser;

    /** The workbook works within the signed-in user's scope: here an administrator's, the whole tree. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        accounts.admin(), null, List.of()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    UnitId province;
    UnitId committee;
    UnitId branch;
    String branchCode;
    String otherBranchCode;
    String committeeCode;
    String outsideBranchCode;
    LocalDate today = LocalDate.now();
    static int seq;

    @BeforeEach
    void tree() {
        String p = "WB" + (seq++) + "-" + System.nanoTime() % 100000;
        province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1975, 1, 1), null, null));
        committeeCode = p + "-DU";
        committee = changes.establish(new EstablishUnit(committeeCode, "Đảng bộ Sở Nội vụ", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1980, 1, 1), null, null));
        branchCode = p + "-CB1";
        branch = changes.establish(new EstablishUnit(branchCode, "Chi bộ Văn phòng", UnitType.BRANCH, committee,
                LocalDate.of(1980, 1, 1), null, null));
        otherBranchCode = p + "-CB2";
        changes.establish(new EstablishUnit(otherBranchCode, "Chi bộ Tổ chức", UnitType.BRANCH, committee,
                LocalDate.of(2010, 1, 1), null, null));
        UnitId otherProvince = changes.establish(new EstablishUnit(p + "X", "Tỉnh ủy khác " + p,
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(1975, 1, 1), null, null));
        UnitId otherCommittee = changes.establish(new EstablishUnit(p + "X-DU", "Đảng bộ khác",
                UnitType.GRASSROOTS_COMMITTEE, otherProvince, LocalDate.of(1980, 1, 1), null, null));
        outsideBranchCode = p + "X-CB";
        changes.establish(new EstablishUnit(outsideBranchCode, "Chi bộ khác", UnitType.BRANCH, otherCommittee,
                LocalDate.of(1980, 1, 1), null, null));
    }

    /**
     * A file larger than one chunk of the writer (members, events and periods go in several COPY
     * statements, with the triggers off, and the tally is brought up to date once at the end): the tally
     * left equals the tally rebuilt from the records, and it counts every imported member.
     */
    @Test
    void aBulkImportKeepsTheTargetsTallyExactlyAsTheRecordsGiveIt() {
        int n = MemberCopy.Writer.CHUNK + 1_500;
        List<Object[]> rows = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(WorkbookFiles.person(i, "091", branchCode, today));
        }
        ImportResult result = importRows(rows);
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(n);

        Long[] tallied = {province.value(), committee.value()};
        String members = """
                select coalesce(sum(num), 0) from target_tally
                 where ancestor_id = ? and measure = 'members.atDate' and day <= ?""";
        assertThat(jdbc.sql(members).params(province.value(), today).query(Long.class).single()).isEqualTo(n);
        assertThat(jdbc.sql(members).params(committee.value(), today).query(Long.class).single()).isEqualTo(n);
        Map<String, Long> left = tally(tallied);
        jdbc.sql("select target_tally_rebuild()").query((rs, r) -> null).list();
        assertThat(tally(tallied)).isEqualTo(left);
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    /**
     * On a server where the application's role is not a superuser (production, with spring.datasource.* set), the
     * triggers cannot be turned off: the import sends its rows with the triggers on and gives the same records and
     * the same tally.
     */
    @Test
    void anImportByARoleThatIsNotASuperuserKeepsTheTriggersAndTheSameTally() {
        jdbc.sql("""
                do $$ begin
                  if not exists (select 1 from pg_roles where rolname = 'dangvu_plain') then
                    create role dangvu_plain nosuperuser;
                  end if;
                end $$""").update();
        jdbc.sql("grant all on all tables in schema public to dangvu_plain").update();
        jdbc.sql("grant all on all sequences in schema public to dangvu_plain").update();
        jdbc.sql("grant execute on all functions in schema public to dangvu_plain").update();
        int n = 1_200;
        List<Object[]> rows = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(WorkbookFiles.person(i, "093", branchCode, today));
        }
        ImportResult result = new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .execute(status -> {
                    jdbc.sql("set local role dangvu_plain").update();
                    assertThat(jdbc.sql("select current_setting('is_superuser')").query(String.class).single()).isEqualTo("off");
                    return importRows(rows);
                });
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(n);
        String members = """
                select coalesce(sum(num), 0) from target_tally
                 where ancestor_id = ? and measure = 'members.atDate' and day <= ?""";
        assertThat(jdbc.sql(members).params(province.value(), today).query(Long.class).single()).isEqualTo(n);
        Long[] tallied = {province.value(), committee.value()};
        Map<String, Long> left = tally(tallied);
        jdbc.sql("select target_tally_rebuild()").query((rs, r) -> null).list();
        assertThat(tally(tallied)).isEqualTo(left);
    }

    private Map<String, Long> tally(Long[] units) {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.sql("select ancestor_id, measure, day, num from target_tally where ancestor_id = any(?) and num <> 0")
                .param(units)
                .query((rs, r) -> rows.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getObject(3, LocalDate.class),
                        rs.getLong(4)))
                .list();
        return rows;
    }

    /** A valid official member of the given branch, as a row of cells. */
    Object[] official(String name, Sex sex, LocalDate born, String code) {
        return new Object[] {name, sex == Sex.MALE ? "Nam" : "Nữ", born, "Kinh", "Không", "Cần Thơ", "Ninh Kiều",
                WorkbookFiles.identity("092", sex, born), "12/12", "Trung cấp", "Công chức", "Sở Nội vụ", "92.001234",
                "0912345678", "a@example.vn", code, LocalDate.of(2015, 6, 1), LocalDate.of(2008, 5, 19),
                LocalDate.of(2008, 6, 2), LocalDate.of(2009, 6, 2)};
    }

    ImportResult importRows(List<Object[]> rows) {
        return workbook.importInto(province, new ByteArrayInputStream(WorkbookFiles.xlsx(rows)), VI);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    List<Long> counts() {
        return List.of(count("member"), count("member_event"), count("member_period"));
    }

    // --- the same records as MemberRegistry.openRecord --------------------------------------------

    @Test
    void importedRecordsAreExactlyThoseTheRegistryOpens() {
        LocalDate born1 = LocalDate.of(1980, 4, 5);
        LocalDate born2 = LocalDate.of(1995, 11, 30);
        LocalDate born3 = LocalDate.of(1972, 1, 15);
        String id1 = WorkbookFiles.identity("001", Sex.MALE, born1);
        String id2 = WorkbookFiles.identity("079", Sex.FEMALE, born2);
        LocalDate probationAdmitted = today.minusMonths(5);
        List<Profile> profiles = List.of(
                new Profile("Nguyễn Văn Sẵn", Sex.MALE, born1, "Kinh", "Không", "Cần Thơ", "Ninh Kiều",
                        new IdentityNumber(id1), "12/12", "Cao cấp", "Công chức", "Sở Nội vụ", "92.001234",
                        "0912345678", "san@example.vn"),
                new Profile("Trần Thị Ánh", Sex.FEMALE, born2, "Khmer", "Phật giáo", null, null,
                        new IdentityNumber(id2), null, null, "Giáo viên", null, null, null, null),
                new Profile("Lê Văn Bảo", Sex.MALE, born3, null, null, null, null, null, null, null, null, null, null,
                        null, null));
        List<RecordOpened> opened = List.of(
                // official before the record was opened
                new RecordOpened(LocalDate.of(2015, 6, 1), branch, LocalDate.of(2005, 5, 19), LocalDate.of(2005, 6, 2),
                        LocalDate.of(2006, 6, 2)),
                // probationary now
                new RecordOpened(probationAdmitted.plusDays(12), branch, probationAdmitted,
                        probationAdmitted.plusDays(12), null),
                // probationary when opened, official since; no ceremony on file
                new RecordOpened(LocalDate.of(2019, 3, 1), branch, LocalDate.of(2019, 1, 10), null,
                        LocalDate.of(2020, 2, 1)));

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ids.add(registry.openRecord(profiles.get(i), opened.get(i)).value());
        }
        Snapshot byRegistry = snapshot(ids);
        assertThat(byRegistry.members()).hasSize(3);
        assertThat(byRegistry.periods()).hasSizeGreaterThanOrEqualTo(4);
        delete(ids);

        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            RecordOpened o = opened.get(i);
            rows.add(new Object[] {p.fullName(), p.sex() == Sex.MALE ? "Nam" : "Nữ", p.birthDate(), p.ethnicity(),
                    p.religion(), p.hometown(), p.address(), p.identityNumber() == null ? null : p.identityNumber().value(),
                    p.education(), p.theoryLevel(), p.occupation(), p.workplace(), p.partyCardNumber(), p.phone(),
                    p.email(), branchCode, o.on(), o.admittedOn(),
                    // typed as text, as people do, rather than a date cell
                    o.ceremonyOn() == null ? null : "%02d/%02d/%d".formatted(o.ceremonyOn().getDayOfMonth(),
                            o.ceremonyOn().getMonthValue(), o.ceremonyOn().getYear()),
                    o.officialFrom()});
        }
        ImportResult result = importRows(rows);
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(3);
        List<Long> imported = jdbc.sql("select id from member where unit_id = ? order by id").param(branch.value())
                .query(Long.class).list();
        assertThat(snapshot(imported)).isEqualTo(byRegistry);
        // the event names each record with the unit and status its row was written with
        var written = jdbc.sql("select id, status from member where unit_id = ?").param(branch.value())
                .query((rs, n) -> tuple(rs.getLong(1), branch, rs.getString(2))).list();
        assertThat(events.stream(MembersImported.class).flatMap(batch -> batch.records().stream())
                .filter(e -> imported.contains(e.member().value())))
                .extracting(e -> e.member().value(), MembersImported.Opened::unit, e -> e.status().name())
                .containsExactlyInAnyOrderElementsOf(written);
    }

    /**
     * An import is one act and leaves one audit entry: by the importing user, naming every record it opened
     * (the log's search by one of their ids finds it), the units they were opened in and how many; no
     * entry per member. A record opened by the registry keeps its own entry.
     */
    @Test
    void anImportLeavesOneAuditEntryThatNamesEveryRecordItOpened() {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        ImportResult result = importRows(List.of(
                official("Phạm Văn Một", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode),
                official("Lê Thị Hai", Sex.FEMALE, LocalDate.of(1981, 2, 2), otherBranchCode),
                official("Võ Văn Ba", Sex.MALE, LocalDate.of(1982, 3, 3), branchCode)));
        assertThat(result.errors()).isEmpty();
        List<Long> imported = jdbc.sql("""
                select id from member where full_name in ('Phạm Văn Một', 'Lê Thị Hai', 'Võ Văn Ba') and id > ?
                 order by id""").param(before).query(Long.class).list();
        assertThat(imported).hasSize(3);
        Long otherBranch = jdbc.sql("select id from org_unit where code = ?").param(otherBranchCode)
                .query(Long.class).single();

        List<String> entries = jdbc.sql("""
                select action || ' ' || record_type || ' ' || coalesce(record_id, '-') || ' ' || unit_ids::text
                       || ' ' || coalesce(before::text, '-') || ' ' || after::text
                  from audit_entry where id > ? and record_type = 'member'""").param(before).query(String.class).list();
        assertThat(entries).containsExactly("IMPORTED member - {"
                + Math.min(branch.value(), otherBranch) + "," + Math.max(branch.value(), otherBranch)
                + "} - {\"rows\": 3}");
        for (long id : imported) {
            assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and record_ids @> ?")
                    .param(before).param(id).query(Long.class).single()).as("entry naming %d", id).isEqualTo(1L);
            var found = auditBrowser.search(new vn.dangvu.audit.AuditBrowser.Filter(null, null, null, "member",
                    Long.toString(id), null), 0, 10).items();
            assertThat(found).extracting(vn.dangvu.audit.AuditBrowser.Entry::action).containsExactly("IMPORTED");
            assertThat(found.getFirst().recordIds()).contains(Long.toString(imported.getFirst()));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and record_ids @> ?")
                .param(before).param(imported.getLast() + 1).query(Long.class).single()).isZero();

        // the registry's record keeps its entry of its own
        long byRegistry = registry.openRecord(new Profile("Đỗ Thị Bốn", Sex.FEMALE, LocalDate.of(1983, 4, 4), "Kinh",
                "Không", "Cần Thơ", "Ninh Kiều", null, "12/12", "Trung cấp", "Công chức", "Sở Nội vụ", null, null, null),
                new RecordOpened(LocalDate.of(2015, 6, 1), branch, LocalDate.of(2005, 5, 19), LocalDate.of(2005, 6, 2),
                        LocalDate.of(2006, 6, 2))).value();
        assertThat(auditBrowser.search(new vn.dangvu.audit.AuditBrowser.Filter(null, null, null, "member",
                Long.toString(byRegistry), null), 0, 10).items())
                .extracting(vn.dangvu.audit.AuditBrowser.Entry::action, vn.dangvu.audit.AuditBrowser.Entry::recordId)
                .containsExactly(tuple("RecordOpened", Long.toString(byRegistry)));
        // by the same user, the same way
        String who = "select actor_id || ' ' || actor_name || ' ' || channel || ' ' || coalesce(ip, '-') from audit_entry where id > ? and action = ?";
        assertThat(jdbc.sql(who).param(before).param("IMPORTED").query(String.class).single())
                .isEqualTo(jdbc.sql(who).param(before).param("RecordOpened").query(String.class).single());
    }

    record Snapshot(List<String> members, List<String> events, List<String> periods) {
    }

    /** Every column but the generated ids and timestamps, each row as JSON, in name order. */
    Snapshot snapshot(List<Long> ids) {
        return new Snapshot(
                jdbc.sql("""
                        select (to_jsonb(m) - 'id' - 'created_at' - 'updated_at')::text from member m
                         where m.id in (:ids) order by m.full_name
                        """).param("ids", ids).query(String.class).list(),
                jdbc.sql("""
                        select m.full_name || ' ' || (to_jsonb(e) - 'id' - 'member_id' - 'recorded_at')::text
                          from member_event e join member m on m.id = e.member_id
                         where m.id in (:ids) order by m.full_name, e.seq
                        """).param("ids", ids).query(String.class).list(),
                jdbc.sql("""
                        select m.full_name || ' ' || (to_jsonb(p) - 'member_id')::text
                          from member_period p join member m on m.id = p.member_id
                         where m.id in (:ids) order by m.full_name, p.valid_from
                        """).param("ids", ids).query(String.class).list());
    }

    void delete(List<Long> ids) {
        for (String table : List.of("member_period", "member_event")) {
            jdbc.sql("delete from " + table + " where member_id in (:ids)").param("ids", ids).update();
        }
        jdbc.sql("delete from member where id in (:ids)").param("ids", ids).update();
    }

    // --- all or nothing ---------------------------------------------------------------------------

    @Test
    void everyBadCellIsReportedWithItsRowAndColumnAndNothingIsWritten() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(official("Phạm Văn Đúng", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode));          // row 2: fine
        Object[] badSex = official("Võ Thị Giới", Sex.FEMALE, LocalDate.of(1981, 2, 2), branchCode);
        badSex[1] = "Khác";                                                                            // row 3
        rows.add(badSex);
        Object[] badDate = official("Đỗ Văn Ngày", Sex.MALE, LocalDate.of(1982, 3, 3), branchCode);
        badDate[2] = "31/02/1982";                                                                     // row 4
        rows.add(badDate);
        Object[] twoFaults = official("", Sex.MALE, LocalDate.of(1983, 4, 4), branchCode);
        twoFaults[7] = "12345";                                                                        // row 5
        twoFaults[12] = "thẻ số 1";
        rows.add(twoFaults);
        Object[] mismatch = official("Ngô Thị Lệch", Sex.FEMALE, LocalDate.of(1984, 5, 5), branchCode);
        mismatch[7] = WorkbookFiles.identity("001", Sex.MALE, LocalDate.of(1984, 5, 5));               // row 6
        rows.add(mismatch);
        Object[] early = official("Bùi Văn Sớm", Sex.MALE, LocalDate.of(1985, 6, 6), branchCode);
        early[19] = LocalDate.of(2008, 12, 1);                                                         // row 7
        rows.add(early);
        Object[] young = official("Hồ Văn Trẻ", Sex.MALE, LocalDate.of(1995, 1, 1), branchCode);
        young[17] = LocalDate.of(2010, 1, 1);                                                          // row 8
        young[18] = LocalDate.of(2010, 1, 10);
        young[19] = LocalDate.of(2011, 1, 10);
        rows.add(young);
        Object[] future = official("Lý Văn Mai", Sex.MALE, LocalDate.of(1986, 7, 7), branchCode);
        future[16] = today.plusDays(3);                                                                // row 9
        rows.add(future);
        Object[] noJoin = official("Dương Văn Thiếu", Sex.MALE, LocalDate.of(1987, 8, 8), null);
        noJoin[16] = null;                                                                             // row 10
        rows.add(noJoin);
        List<Long> before = counts();

        ImportResult result = importRows(rows);

        assertThat(result.imported()).isZero();
        assertThat(result.errors()).extracting(ImportError::row, ImportError::cell, ImportError::column,
                ImportError::message).containsExactly(
                tuple(3, "B3", "Giới tính", "Giới tính phải là „Nam“ hoặc „Nữ“, không phải „Khác“."),
                tuple(4, "C4", "Ngày sinh", "„31/02/1982“ không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 02/09/2025."),
                tuple(5, "A5", "Họ và tên", "Vui lòng nhập họ và tên (tối đa 120 ký tự)."),
                tuple(5, "H5", "Số CCCD", "Số CCCD phải gồm 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ."),
                tuple(5, "M5", "Số thẻ đảng viên", "Số thẻ đảng viên chỉ gồm chữ số (4–20 ký tự)."),
                tuple(6, "H6", "Số CCCD", "Số CCCD không khớp với giới tính hoặc năm sinh."),
                tuple(7, "T7", "Ngày chính thức", "Các ngày kết nạp, lễ kết nạp và công nhận chính thức không hợp lệ: công nhận chính thức sau ít nhất 12 tháng dự bị."),
                tuple(8, "R8", "Ngày kết nạp", "Chưa đủ 18 tuổi vào ngày chi bộ xét (mới 15 tuổi)."),
                tuple(9, "Q9", "Ngày vào chi bộ", "Ngày " + vn.dangvu.platform.Labels.date(today.plusDays(3)) + " là ngày trong tương lai."),
                tuple(10, "P10", "Mã chi bộ", "Ô này không được để trống."),
                tuple(10, "Q10", "Ngày vào chi bộ", "Ô này không được để trống."));
        assertThat(result.errorCount()).isEqualTo(11);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void identityNumbersAreUniqueAcrossTheFileAndTheRecords() {
        Object[] first = official("Trần Văn Một", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        Object[] again = official("Trần Văn Hai", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        again[7] = ((String) first[7]).substring(0, 3) + "." + ((String) first[7]).substring(3);   // same, written with a dot
        Object[] known = official("Trần Văn Ba", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        registry.openRecord(new Profile("Người Đã Có", Sex.MALE, LocalDate.of(1980, 1, 1), null, null, null, null,
                IdentityNumber.parse((String) known[7]), null, null, null, null, null, null, null),
                new RecordOpened(LocalDate.of(2015, 1, 1), branch, LocalDate.of(2005, 1, 1), null, null));
        List<Long> before = counts();

        ImportResult result = importRows(List.of(first, again, known));

        assertThat(result.errors()).extracting(ImportError::cell, ImportError::message).containsExactly(
                tuple("H3", "Số CCCD này đã có ở dòng 2 của tệp."),
                tuple("H4", "Số CCCD này đã có trong hồ sơ của người khác."));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void branchCodesMustNameAWritableBranchUnderTheUnit() {
        Object[] unknown = official("Mã Văn Lạ", Sex.MALE, LocalDate.of(1980, 1, 1), "KHONG-CO-MA-NAY");
        Object[] notABranch = official("Mã Văn Ủy", Sex.MALE, LocalDate.of(1980, 1, 1), committeeCode);
        Object[] outside = official("Mã Văn Ngoài", Sex.MALE, LocalDate.of(1980, 1, 1), outsideBranchCode);
        Object[] beforeBranch = official("Mã Văn Sớm", Sex.MALE, LocalDate.of(1980, 1, 1), otherBranchCode);
        beforeBranch[16] = LocalDate.of(2009, 12, 31);
        List<Long> before = counts();

        ImportResult result = importRows(List.of(unknown, notABranch, outside, beforeBranch));

        assertThat(result.errors()).extracting(ImportError::cell, ImportError::message).containsExactly(
                tuple("P2", "Không tìm thấy chi bộ có mã „KHONG-CO-MA-NAY“."),
                tuple("P3", "Đảng viên phải sinh hoạt tại một chi bộ đang hoạt động vào ngày 01/06/2015."),
                tuple("P4", "Chi bộ „" + outsideBranchCode + "“ không thuộc Tỉnh ủy " + province(province) + "."),
                tuple("P5", "Đảng viên phải sinh hoạt tại một chi bộ đang hoạt động vào ngày 31/12/2009."));
        assertThat(counts()).isEqualTo(before);
    }

    String province(UnitId id) {
        return jdbc.sql("select code from org_unit where id = ?").param(id.value()).query(String.class).single();
    }

    @Test
    void brokenEmptyAndForeignFilesAreRefusedWhole() throws IOException {
        assertThat(importBytes(new byte[0])).containsExactly("Tệp trống, không có nội dung.");
        String notXlsx = "Tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng. Hãy lưu lại theo định dạng .xlsx từ tệp mẫu.";
        assertThat(importBytes("Họ và tên;Giới tính\n".getBytes(StandardCharsets.UTF_8))).containsExactly(notXlsx);
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(importBytes(zip.toByteArray())).containsExactly(notXlsx);
        byte[] good = WorkbookFiles.xlsx(List.<Object[]>of(official("Cắt Văn Cụt", Sex.MALE, LocalDate.of(1980, 1, 1),
                branchCode)));
        assertThat(importBytes(Arrays.copyOf(good, good.length / 2))).containsExactly(notXlsx);
        assertThat(importBytes(WorkbookFiles.xlsx(List.of()))).containsExactly("Tệp không có dòng đảng viên nào.");

        var wrongHeadings = new ByteArrayOutputStream();
        try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Row heading = wb.createSheet("Danh sách").createRow(0);
            heading.createCell(0).setCellValue("Họ và tên");
            heading.createCell(1).setCellValue("Ngày sinh");
            wb.getSheetAt(0).createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
            wb.write(wrongHeadings);
        }
        List<String> headingErrors = importBytes(wrongHeadings.toByteArray());
        assertThat(headingErrors).hasSize(WorkbookColumn.values().length - 1)
                .startsWith("Dòng tiêu đề không đúng mẫu: cột B phải là „Giới tính“. Hãy dùng tệp mẫu.");
    }

    List<String> importBytes(byte[] bytes) {
        List<Long> before = counts();
        ImportResult result = workbook.importInto(province, new ByteArrayInputStream(bytes), VI);
        assertThat(result.imported()).isZero();
        assertThat(counts()).isEqualTo(before);
        return result.errors().stream().map(ImportError::message).toList();
    }

    @Test
    void aFileOverTheLimitsIsRefusedWithTheLimit() {
        byte[] large = new byte[(int) MemberWorkbook.MAX_BYTES + 1];
        assertThat(importBytes(large)).containsExactly("Tệp lớn hơn 50 MB; hãy chia danh sách thành nhiều tệp.");
    }

    @Test
    void manyRowsAreWrittenInOneGo() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(WorkbookFiles.person(i, "094", branchCode, today));
        }
        ImportResult result = importRows(rows);
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(3_000);
        assertThat(jdbc.sql("""
                select count(*) from member m
                 where m.unit_id = (select id from org_unit where code = ?)
                   and exists (select 1 from member_event e where e.member_id = m.id and e.kind = 'RecordOpened')
                   and exists (select 1 from member_period p where p.member_id = m.id and p.valid_to = 'infinity')
                """).params(branchCode).query(Long.class).single()).isEqualTo(3_000);
    }

    /**
     * The search's dictionary of names takes every name an import brings, once per statement, and a
     * name given by a correction of one record.
     */
    @Test
    void importedAndCorrectedNamesAreInTheSearchDictionary() {
        // letters only, so the name folds to itself: "a" to "j" for the digits of the clock
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
        List<String> names = List.of("Đỗ Thị Ánh" + tag, "Nguyễn Văn Sẵn" + tag, "Đỗ Thị Ánh" + tag);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(official(names.get(i), i == 1 ? Sex.MALE : Sex.FEMALE, LocalDate.of(1980, 1, 1 + i), branchCode));
        }
        assertThat(importRows(rows).imported()).isEqualTo(3);
        MemberId corrected = registry.openRecord(new Profile("Lê Văn Bảo", Sex.MALE, LocalDate.of(1981, 1, 1), null,
                null, null, null, null, null, null, null, null, null, null, null),
                new RecordOpened(LocalDate.of(2015, 1, 1), branch, LocalDate.of(2005, 1, 1), null, null));
        registry.updateProfile(corrected, new Profile("Lê Văn Bảo" + tag, Sex.MALE, LocalDate.of(1981, 1, 1), null,
                null, null, null, null, null, null, null, null, null, null, null));

        assertThat(jdbc.sql("""
                select name_folded || ' / ' || order_key from member_name
                 where name_folded like ? and words @@ to_tsquery('simple', ?) order by name_folded""")
                .params("%" + tag, "van | anh" + tag).query(String.class).list()).containsExactly(
                        "do thi anh%1$s / anh%1$s thi do".formatted(tag),
                        "le van bao%1$s / bao%1$s van le".formatted(tag),
                        "nguyen van san%1$s / san%1$s van nguyen".formatted(tag));
    }

    @Test
    void rowsAlreadySentAreTakenBackWhenALaterRowIsRefused() {
        // Enough rows for the writer to have sent several megabytes to the server before the last one.
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            rows.add(WorkbookFiles.person(i, "095", branchCode, today));
        }
        Object[] last = official("Cuối Văn Sai", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        last[2] = "hôm qua";
        rows.add(last);
        Object[] known = official("Cuối Văn Trùng", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        rows.add(known);
        registry.openRecord(new Profile("Người Đã Có", Sex.MALE, LocalDate.of(1980, 1, 1), null, null, null, null,
                IdentityNumber.parse((String) known[7]), null, null, null, null, null, null, null),
                new RecordOpened(LocalDate.of(2015, 1, 1), branch, LocalDate.of(2005, 1, 1), null, null));
        List<Long> before = counts();

        ImportResult result = importRows(rows);

        assertThat(result.errors()).extracting(ImportError::cell).containsExactly("C6002", "H6003");
        assertThat(counts()).isEqualTo(before);

        // The same rows without the two faults go in whole.
        ImportResult fixed = importRows(rows.subList(0, 6_000));
        assertThat(fixed.imported()).isEqualTo(6_000);
        assertThat(counts().getFirst()).isEqualTo(before.getFirst() + 6_000);
    }

    // --- the template -------------------------------------------------------------------------------

    @Test
    void theTemplateFilledInImports() throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.writeTemplate(out, VI);
        byte[] filled;
        try (Workbook template = WorkbookFiles.read(out.toByteArray())) {
            assertThat(template.getSheetAt(0).getSheetName()).isEqualTo("Đảng viên");
            assertThat(template.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            Sheet sheet = template.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Giới tính");
            assertThat(sheet.getRow(0).getCell(19).getStringCellValue()).isEqualTo("Ngày chính thức");
            assertThat(((XSSFSheet) sheet).getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("Nam", "Nữ"));
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // The examples name a branch that exists nowhere; here they join a real one.
            sheet.getRow(1).getCell(15).setCellValue(branchCode);
            sheet.getRow(2).getCell(15).setCellValue(branchCode);
            var bytes = new ByteArrayOutputStream();
            template.write(bytes);
            filled = bytes.toByteArray();
        }
        ImportResult result = workbook.importInto(province, new ByteArrayInputStream(filled), VI);
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select full_name, status, identity_number, admitted_on from member where unit_id = ? order by full_name
                """).param(branch.value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list())
                .containsExactly(
                        List.of("Nguyễn Văn An", "OFFICIAL", "092085001234", LocalDate.of(2010, 5, 19)),
                        List.of("Trần Thị Bình", "PROBATIONARY", "086196004321", LocalDate.of(2025, 3, 3)));
    }

    @Test
    void theUnfilledTemplateSaysTheExampleBranchIsUnknown() throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.writeTemplate(out, Locale.ENGLISH);
        ImportResult result = workbook.importInto(province, new ByteArrayInputStream(out.toByteArray()), Locale.ENGLISH);
        assertThat(result.errors()).filteredOn(e -> "Mã chi bộ".equals(e.column()))
                .extracting(ImportError::cell, ImportError::message).containsExactly(
                        tuple("P2", "No branch has the code “CB-VIDU”."), tuple("P3", "No branch has the code “CB-VIDU”."));
    }

    // --- export ---------------------------------------------------------------------------------------

    @Test
    void exportsTheListInTheTemplateColumnsAndAnnouncesIt() throws IOException {
        Object[] san = official("Nguyễn Văn Sẵn", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        Object[] anh = official("Trần Thị Ánh", Sex.FEMALE, LocalDate.of(1990, 2, 2), otherBranchCode);
        anh[19] = null;
        anh[17] = today.minusMonths(3);
        anh[18] = today.minusMonths(3).plusDays(5);
        anh[16] = today.minusMonths(3).plusDays(5);
        assertThat(importRows(List.of(san, anh)).imported()).isEqualTo(2);

        var out = new ByteArrayOutputStream();
        int rows = workbook.export(new MemberFilter(committee, true, Set.of(), null, null, null, null, null), out);

        assertThat(rows).isEqualTo(2);
        assertThat(events.stream(PersonalDataExported.class))
                .contains(new PersonalDataExported("member-list", committee.value(), 2));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry
                 where action = 'EXPORTED' and record_type = 'member-list' and ? = any(unit_ids)
                """).param(committee.value()).query(Long.class).single()).isEqualTo(1L);
        try (Workbook exported = WorkbookFiles.read(out.toByteArray())) {
            Sheet sheet = exported.getSheet("Đảng viên");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // Vietnamese order: Ánh before Sẵn
            assertThat(cells(sheet.getRow(1))).containsExactly("Trần Thị Ánh", "Nữ", "1990-02-02", "Kinh", "Không",
                    "Cần Thơ", "Ninh Kiều", (String) anh[7], "12/12", "Trung cấp", "Công chức", "Sở Nội vụ", "92.001234",
                    "0912345678", "a@example.vn", otherBranchCode, anh[16].toString(), anh[17].toString(),
                    anh[18].toString(), "");
            assertThat(cells(sheet.getRow(2))).containsExactly("Nguyễn Văn Sẵn", "Nam", "1980-01-01", "Kinh", "Không",
                    "Cần Thơ", "Ninh Kiều", (String) san[7], "12/12", "Trung cấp", "Công chức", "Sở Nội vụ", "92.001234",
                    "0912345678", "a@example.vn", branchCode, "2015-06-01", "2008-05-19", "2008-06-02", "2009-06-02");
        }

        // Re-importing the export elsewhere is refused only because the people are already on record.
        ImportResult again = workbook.importInto(province, new ByteArrayInputStream(out.toByteArray()), VI);
        assertThat(again.errors()).extracting(ImportError::cell).containsExactly("H2", "H3");

        var onlyProbationary = new ByteArrayOutputStream();
        assertThat(workbook.export(new MemberFilter(committee, true, Set.of(MemberStatus.PROBATIONARY), null, null,
                null, null, null), onlyProbationary)).isEqualTo(1);
        assertThat(workbook.export(new MemberFilter(committee, false, Set.of(), null, null, null, null, null),
                new ByteArrayOutputStream())).isZero();
    }

    @Test
    void identityNumbersAreMaskedForReaders() throws IOException {
        Object[] san = official("Nguyễn Văn Kín", Sex.MALE, LocalDate.of(1980, 1, 1), branchCode);
        assertThat(importRows(List.<Object[]>of(san)).imported()).isEqualTo(1);
        var out = new ByteArrayOutputStream();
        workbook.export(new MemberFilter(branch, false, Set.of(), null, null, null, null, null), out, false);
        try (Workbook exported = WorkbookFiles.read(out.toByteArray())) {
            String identity = (String) san[7];
            assertThat(exported.getSheetAt(0).getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo(identity.substring(0, 3) + "******" + identity.substring(9));
        }
    }

    static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < WorkbookColumn.values().length; c++) {
            var cell = row.getCell(c);
            if (cell == null) {
                out.add("");
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                out.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else {
                out.add(cell.getStringCellValue());
            }
        }
        return out;
    }
    @Test
    void theImportTellsTheWaitingPageHowFarItHasGot() {
        int n = 1_001;
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(WorkbookFiles.person(i, "096", branchCode, today));
        }
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();

        ImportResult result = workbook.importInto(province, new ByteArrayInputStream(WorkbookFiles.xlsx(rows)), VI,
                (step, done, total) -> steps.add(step + " " + done + "/" + total));

        assertThat(result.errors()).isEmpty();
        assertThat(steps).containsExactly("progress.members.checking 500/1001", "progress.members.checking 1000/1001",
                "progress.members.saving 1001/0");
    }
}
