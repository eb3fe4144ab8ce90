package vn.dangvu.organizations;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dangvu.accounts.TestAccounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.dangvu.organizations.TestWorkbooks.row;
import static vn.dangvu.organizations.TestWorkbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.TreeImport.Imported;
import vn.dangvu.organizations.TreeImport.Outcome;
import vn.dangvu.organizations.TreeImport.Refused;
import vn.dangvu.organizations.TreeImport.RowError;
import vn.dangvu.organizations.Views.UnitView;

@SpringBootTest
@AutoConfigureMockMvc
class TreeImportIT {

    private static final Logger log = LoggerFactory.getLogger(TreeImportIT.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired TreeImport treeImport;
    @Autowired TreeExport treeExport;
    @Autowired StructuralChanges changes;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    /** The import works within the signed-in user's scope: here an administrator's, the whole tree. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(accounts.admin(), null, java.util.List.of()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A prefix of codes no other test uses, as every test shares the database. */
    private final String p = "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";

    private Outcome importRows(List<List<Object>> rows) {
        return importFile(xlsx(rows));
    }

    private Outcome importFile(byte[] file) {
        return treeImport.importWorkbook(new ByteArrayInputStream(file), VI);
    }

    private UnitId id(String code) {
        return tree.findByCode(code).orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void importsAValidTreeThatThenReadsBack() {
        Outcome outcome = importRows(List.of(
                row(p + "TU", "Đảng bộ tỉnh Hưng Yên", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", "01-QĐ/TW", null),
                row(p + "KHOI", "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ cấp trên cơ sở", p + "TU", "05/07/2025", null, null),
                row(p + "SOTC", "Đảng bộ Sở Tài chính", "Đảng bộ cơ sở", p + "KHOI", LocalDate.of(2025, 7, 10), "125-QĐ/ĐU", "Hợp nhất hai sở"),
                row(p + "CB1", "Chi bộ Văn phòng", "Chi bộ trực thuộc", p + "SOTC", "15/07/2025", null, null),
                row(p + "CB2", "Chi bộ Phòng Ngân sách", "Chi bộ trực thuộc", p + "SOTC", "15/07/2025", null, null)));

        assertThat(outcome).isInstanceOfSatisfying(Imported.class, imported -> {
            assertThat(imported.created()).isEqualTo(5);
            assertThat(imported.createdByType()).containsEntry(UnitType.BRANCH, 2).containsEntry(UnitType.PROVINCIAL_COMMITTEE, 1);
        });
        LocalDate day = LocalDate.of(2025, 8, 1);
        UnitView branch = tree.find(id(p + "CB1"), day).orElseThrow();
        assertThat(branch.name()).isEqualTo("Chi bộ Văn phòng");
        assertThat(branch.type()).isEqualTo(UnitType.BRANCH);
        assertThat(branch.establishedOn()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(tree.superiorChain(branch.id(), day)).extracting(s -> s.code())
                .containsExactly(p + "TU", p + "KHOI", p + "SOTC");
        assertThat(tree.countsByType(id(p + "TU"), day))
                .containsEntry(UnitType.UPPER_GRASSROOTS_COMMITTEE, 1L)
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, 1L)
                .containsEntry(UnitType.BRANCH, 2L);
        assertThat(tree.isWithin(branch.id(), id(p + "KHOI"), LocalDate.of(2025, 7, 14))).isFalse();
        assertThat(tree.timeline(id(p + "SOTC"))).filteredOn(e -> e.unit().code().equals(p + "SOTC")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(UnitEventKind.ESTABLISHED);
            assertThat(e.decision()).isEqualTo("125-QĐ/ĐU");
            assertThat(e.note()).isEqualTo("Hợp nhất hai sở");
            assertThat(e.to().id()).isEqualTo(id(p + "KHOI"));
        });
        assertThat(tree.search("van phong", day, 0, 50).items()).extracting(s -> s.code()).contains(p + "CB1");
    }

    @Test
    void takesSuperiorsDeclaredAfterTheirSubordinates() {
        Outcome outcome = importRows(List.of(
                row(p + "CB", "Chi bộ Kỹ thuật", "chi bo truc thuoc", p + "DB", "01/03/2021", null, null),
                row(p + "DB", "Đảng bộ Công ty Điện lực", "GRASSROOTS_COMMITTEE", p + "TU", "01/02/2021", null, null),
                row(p + "TU", "Đảng bộ tỉnh Lào Cai", "ĐẢNG BỘ TRỰC THUỘC TRUNG ƯƠNG", null, "01/01/2021", null, null)));

        assertThat(outcome).isInstanceOf(Imported.class);
        assertThat(tree.superiorChain(id(p + "CB"), LocalDate.of(2021, 6, 1))).extracting(s -> s.code())
                .containsExactly(p + "TU", p + "DB");
    }

    @Test
    void attachesImportedUnitsUnderAUnitAlreadyInTheDatabase() {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Cao Bằng",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));

        Outcome outcome = importRows(List.of(
                row(p + "DB", "Đảng bộ Trường Cao đẳng", "Đảng bộ cơ sở", p.toLowerCase(Locale.ROOT) + "tu", "01/09/2010", null, null)));

        assertThat(outcome).isInstanceOf(Imported.class);
        assertThat(tree.find(id(p + "DB"), LocalDate.of(2011, 1, 1)).orElseThrow().superior()).isEqualTo(province);
    }

    @Test
    void reportsEveryBadRowByRowAndColumnAndWritesNothing() {
        changes.establish(new EstablishUnit(p + "OLD", "Đảng bộ tỉnh Sơn La", UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), null, null));
        long units = count("org_unit");
        long events = count("org_unit_event");
        long ancestry = count("org_unit_ancestry");

        Outcome outcome = importRows(List.of(
                row(p + "TU", "Đảng bộ tỉnh Điện Biên", "Đảng bộ trực thuộc Trung ương", null, "01/01/2020", null, null), // 2: fine
                row(null, "Đảng bộ không mã", "Đảng bộ cơ sở", p + "TU", "01/01/2020", null, null),                    // 3
                row(p + "A", null, "Ủy ban", p + "TU", "31/02/2020", null, null),                                        // 4
                row(p + "TU", "Đảng bộ trùng mã", "Đảng bộ cơ sở", null, "01/01/2020", null, null),                    // 5
                row(p + "OLD", "Đảng bộ mã cũ", "Đảng bộ cơ sở", p + "TU", "01/01/2020", null, null),                  // 6
                row(p + "B", "Đảng bộ B", "Đảng bộ cơ sở", p + "NOWHERE", "01/01/2020", null, null),                   // 7
                row(p + "C1", "Đảng bộ C1", "Đảng bộ cơ sở", p + "C2", "01/01/2020", null, null),                      // 8
                row(p + "C2", "Đảng bộ C2", "Đảng bộ cơ sở", p + "C1", "01/01/2020", null, null),                      // 9
                row(p + "CB", "Chi bộ đặt sai chỗ", "Chi bộ trực thuộc", p + "TU", "01/01/2020", null, null),          // 10
                row(p + "EARLY", "Đảng bộ lập trước cấp trên", "Đảng bộ cơ sở", p + "TU", "01/01/2019", null, null),   // 11
                row(p + "D", "Đảng bộ D", "Đảng bộ cơ sở", p + "TU", null, null, null),                                // 12
                row(p + "bad code!", "Đảng bộ mã sai", "Đảng bộ cơ sở", p + "TU", "01/01/2020", null, null)));        // 13

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.summary()).startsWith("Tệp có 13 lỗi; chưa có tổ chức nào được thêm.");
            assertThat(refused.errors()).extracting(RowError::row, RowError::column).containsExactly(
                    tuple(3, "Mã"),
                    tuple(4, "Tên tổ chức"),
                    tuple(4, "Loại"),
                    tuple(4, "Ngày thành lập (dd/mm/yyyy)"),
                    tuple(5, "Mã"),
                    tuple(6, "Mã"),
                    tuple(7, "Mã cấp trên"),
                    tuple(8, "Mã cấp trên"),
                    tuple(9, "Mã cấp trên"),
                    tuple(10, "Mã cấp trên"),
                    tuple(11, "Ngày thành lập (dd/mm/yyyy)"),
                    tuple(12, "Ngày thành lập (dd/mm/yyyy)"),
                    tuple(13, "Mã"));
            assertThat(refused.errors()).extracting(RowError::message).containsExactly(
                    "Thiếu mã tổ chức.",
                    "Thiếu tên tổ chức.",
                    "Không có loại tổ chức „Ủy ban“. Các loại hợp lệ: Đảng bộ trực thuộc Trung ương, Đảng bộ cấp trên cơ sở, "
                            + "Đảng bộ cơ sở, Chi bộ cơ sở, Đảng bộ bộ phận, Chi bộ trực thuộc.",
                    "„31/02/2020“ không phải là ngày hợp lệ; hãy ghi theo dạng dd/mm/yyyy, ví dụ 03/02/1930.",
                    "Mã " + p + "TU đã dùng ở dòng 2 của tệp.",
                    "Mã " + p + "OLD đã có trong hệ thống.",
                    "Không tìm thấy tổ chức cấp trên có mã " + p + "NOWHERE trong tệp hoặc trong hệ thống.",
                    "Các tổ chức cấp trên tạo thành vòng lặp: " + p + "C1 → " + p + "C2 → " + p + "C1.",
                    "Các tổ chức cấp trên tạo thành vòng lặp: " + p + "C2 → " + p + "C1 → " + p + "C2.",
                    "Chi bộ đặt sai chỗ (Chi bộ trực thuộc) không thể trực thuộc Đảng bộ tỉnh Điện Biên (Đảng bộ trực thuộc Trung ương).",
                    "Ngày 01/01/2019 trước ngày thành lập Đảng bộ tỉnh Điện Biên (01/01/2020).",
                    "Thiếu ngày thành lập.",
                    "Mã „" + p + "BAD CODE!“ không hợp lệ: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới; tối đa 32 ký tự.");
        });
        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(count("org_unit_event")).isEqualTo(events);
        assertThat(count("org_unit_ancestry")).isEqualTo(ancestry);
        assertThat(tree.findByCode(p + "TU")).isEmpty();
    }

    @Test
    void aSingleRuleViolationKeepsEveryOtherRowOut() {
        long units = count("org_unit");

        Outcome outcome = importRows(List.of(
                row(p + "TU", "Đảng bộ tỉnh Gia Lai", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null),
                row(p + "DB", "Đảng bộ xã Ia Grai", "Đảng bộ cơ sở", p + "TU", "01/07/2025", null, null),
                row(p + "CB", "Chi bộ thôn 1", "Chi bộ trực thuộc", p + "DB", "30/06/2025", null, null)));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(tuple(4, "Ngày thành lập (dd/mm/yyyy)")));
        assertThat(count("org_unit")).isEqualTo(units);
    }

    @Test
    void reportsInTheRequestedLanguage() {
        Outcome outcome = treeImport.importWorkbook(new ByteArrayInputStream(xlsx(List.of(
                row(p + "X", "Chi bộ", "Chi bộ trực thuộc", p + "NONE", "01/01/2020", null, null)))), Locale.ENGLISH);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.errors())
                .extracting(RowError::column, RowError::message)
                .containsExactly(tuple("Superior code", "No superior with the code " + p + "NONE in the file or in the system.")));
    }

    @Test
    void refusesBrokenEmptyAndOversizedFilesWithAClearMessage() throws IOException {
        assertFileRefused(new byte[0], "Tệp tải lên không có nội dung.");
        assertFileRefused("Mã,Tên\n1,2".getBytes(), "Tệp này không phải là tệp Excel .xlsx.");
        byte[] valid = xlsx(List.of(row(p + "T", "Đảng bộ tỉnh", "Đảng bộ trực thuộc Trung ương", null, "01/01/2020", null, null)));
        assertFileRefused(Arrays.copyOf(valid, valid.length - 200),
                "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng .xlsx.");
        assertFileRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0},
                "Tệp Excel 97–2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx.");
        assertFileRefused(xlsx(List.of()), "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
        assertFileRefused(xlsx(List.of("Mã", "Tên tổ chức", "Ghi chú"), List.of(row("A", "B", "C"))),
                "Dòng tiêu đề thiếu cột „Loại“, „Mã cấp trên“, „Ngày thành lập (dd/mm/yyyy)“. Hãy dùng tệp mẫu.");
        assertFileRefused(new byte[TreeImport.MAX_BYTES + 1], "Tệp lớn hơn 10 MB; hãy chia thành nhiều tệp nhỏ hơn.");
        List<List<Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= TreeImport.MAX_ROWS; i++) {
            tooMany.add(row("R" + i));
        }
        assertFileRefused(xlsx(tooMany), "Tệp có hơn 20.000 dòng dữ liệu; hãy chia thành nhiều tệp.");
    }

    private void assertFileRefused(byte[] file, String message) {
        assertThat(importFile(file)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.summary()).isEqualTo(message);
            assertThat(refused.errors()).containsExactly(new RowError(null, null, message));
        });
    }

    @Test
    void theTemplateImportsItsOwnExampleRowsOnceTheirCodesAreFree() throws IOException {
        byte[] template = write(treeExport.template(VI));
        try (Workbook workbook = TestWorkbooks.open(template)) {
            Sheet units = workbook.getSheetAt(0);
            // the example codes are fixed; give them this test's prefix so the test can run in any database
            for (int r = 1; r <= 2; r++) {
                for (int c : new int[] {0, 3}) {
                    prefix(units.getRow(r), c, p);
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            template = out.toByteArray();
        }

        assertThat(importFile(template)).isInstanceOfSatisfying(Imported.class, i -> assertThat(i.created()).isEqualTo(2));
        assertThat(tree.find(id(p + "VD-DBCS-01"), LocalDate.of(2025, 8, 1)).orElseThrow().superiorName())
                .isEqualTo("Đảng bộ tỉnh Ví Dụ");
    }

    @Test
    void anExportImportsAgainUnderFreshCodesAsTheTreeStoodThatDay() throws IOException {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Quảng Trị",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), "05-QĐ/TW", null));
        UnitId bloc = changes.establish(new EstablishUnit(p + "KHOI", "Đảng bộ Khối Doanh nghiệp",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, province, LocalDate.of(2005, 3, 1), null, "Ghi chú thành lập"));
        UnitId company = changes.establish(new EstablishUnit(p + "CTY", "Đảng bộ Công ty Cấp nước",
                UnitType.GRASSROOTS_COMMITTEE, bloc, LocalDate.of(2006, 4, 1), "12-QĐ/ĐU", null));
        UnitId branch = changes.establish(new EstablishUnit(p + "CB1", "Chi bộ Phân xưởng 1", UnitType.BRANCH, company,
                LocalDate.of(2006, 5, 1), null, null));
        changes.establish(new EstablishUnit(p + "CB2", "Chi bộ Phân xưởng 2", UnitType.BRANCH, company,
                LocalDate.of(2006, 5, 1), null, null));
        UnitId gone = changes.establish(new EstablishUnit(p + "CB3", "Chi bộ đã giải thể", UnitType.BRANCH, company,
                LocalDate.of(2006, 5, 1), null, null));
        changes.dissolve(new DissolveUnit(gone, LocalDate.of(2010, 1, 1), null, null));
        changes.rename(new RenameUnit(branch, "Chi bộ Nhà máy nước", LocalDate.of(2012, 1, 1), null));
        UnitId later = changes.establish(new EstablishUnit(p + "CB4", "Chi bộ giải thể sau ngày xuất", UnitType.BRANCH,
                company, LocalDate.of(2011, 1, 1), null, null));
        changes.dissolve(new DissolveUnit(later, LocalDate.of(2020, 1, 1), null, null));
        LocalDate day = LocalDate.of(2015, 6, 30);

        byte[] export = write(treeExport.subtree(province, day, VI));

        String q = "Q" + p;
        try (Workbook workbook = TestWorkbooks.open(export)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổ chức");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            List<List<String>> rows = TestWorkbooks.texts(workbook.getSheetAt(0));
            assertThat(rows.get(0)).containsExactly("Mã", "Tên tổ chức", "Loại", "Mã cấp trên",
                    "Ngày thành lập (dd/mm/yyyy)", "Số quyết định", "Ghi chú", "Ngày giải thể", "Ngày thành lập ban đầu",
                    "Cấp trên (tên)");
            // top down; units of one level in the database's collation
            assertThat(rows.subList(1, 4)).containsExactly(
                    List.of(p + "TU", "Đảng bộ tỉnh Quảng Trị", "Đảng bộ trực thuộc Trung ương", "", "01/01/2000", "05-QĐ/TW",
                            "", "", "", ""),
                    List.of(p + "KHOI", "Đảng bộ Khối Doanh nghiệp", "Đảng bộ cấp trên cơ sở", p + "TU", "01/03/2005", "",
                            "Ghi chú thành lập", "", "", "Đảng bộ tỉnh Quảng Trị"),
                    List.of(p + "CTY", "Đảng bộ Công ty Cấp nước", "Đảng bộ cơ sở", p + "KHOI", "01/04/2006", "12-QĐ/ĐU", "", "", "",
                            "Đảng bộ Khối Doanh nghiệp"));
            assertThat(rows.subList(4, rows.size())).containsExactlyInAnyOrder(
                    List.of(p + "CB4", "Chi bộ giải thể sau ngày xuất", "Chi bộ trực thuộc", p + "CTY", "01/01/2011", "", "",
                            "01/01/2020", "", "Đảng bộ Công ty Cấp nước"),
                    List.of(p + "CB1", "Chi bộ Nhà máy nước", "Chi bộ trực thuộc", p + "CTY", "01/05/2006", "", "", "", "",
                            "Đảng bộ Công ty Cấp nước"),
                    List.of(p + "CB2", "Chi bộ Phân xưởng 2", "Chi bộ trực thuộc", p + "CTY", "01/05/2006", "", "", "", "",
                            "Đảng bộ Công ty Cấp nước"));
            Sheet units = workbook.getSheetAt(0);
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                for (int c : new int[] {0, 3}) {
                    prefix(units.getRow(r), c, "Q");
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            export = out.toByteArray();
        }

        assertThat(importFile(export)).isInstanceOfSatisfying(Imported.class, i -> assertThat(i.created()).isEqualTo(6));
        UnitId copy = id(q + "TU");
        assertThat(tree.countsByType(copy, day)).isEqualTo(tree.countsByType(province, day));
        assertThat(tree.subtree(copy, day)).extracting(v -> v.code(), v -> v.name(), v -> v.type(), v -> v.establishedOn())
                .containsExactlyElementsOf(tree.subtree(province, day).stream()
                        .map(v -> tuple("Q" + v.code(), v.name(), v.type(), v.establishedOn())).toList());
        assertThat(tree.timeline(id(q + "CTY")).getFirst().decision()).isEqualTo("12-QĐ/ĐU");
    }

    @Test
    void anExportOfUnitsOlderThanTheirSuperiorImportsAgain() throws IOException {
        // A branch of 2006, handed over in 2014 to a committee established in 2013: the export of 2015 shows it
        // under a superior younger than itself, and must still import as the tree it shows.
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Kon Tum",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        UnitId old = changes.establish(new EstablishUnit(p + "CU", "Đảng bộ Công ty cũ", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(2005, 1, 1), null, null));
        UnitId branch = changes.establish(new EstablishUnit(p + "CB", "Chi bộ Kỹ thuật", UnitType.BRANCH, old,
                LocalDate.of(2006, 5, 1), "03-QĐ/ĐU", null));
        UnitId young = changes.establish(new EstablishUnit(p + "MOI", "Đảng bộ Công ty mới", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(2013, 3, 1), null, null));
        changes.handOver(new HandOverUnit(branch, young, LocalDate.of(2014, 9, 1), null, null));
        LocalDate day = LocalDate.of(2015, 6, 30);

        byte[] export = write(treeExport.subtree(young, day, VI));
        try (Workbook workbook = TestWorkbooks.open(export)) {
            List<List<String>> rows = TestWorkbooks.texts(workbook.getSheetAt(0));
            assertThat(rows.get(2)).containsExactly(p + "CB", "Chi bộ Kỹ thuật", "Chi bộ trực thuộc", p + "MOI",
                    "01/09/2014", "03-QĐ/ĐU", "", "", "01/05/2006", "Đảng bộ Công ty mới");
            Sheet units = workbook.getSheetAt(0);
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                prefix(units.getRow(r), 0, "Q");
                if (r > 1) {
                    prefix(units.getRow(r), 3, "Q");
                }
            }
            // the copy goes under the same province, which the file names as the root's superior
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            export = out.toByteArray();
        }

        assertThat(importFile(export)).isInstanceOfSatisfying(Imported.class, i -> assertThat(i.created()).isEqualTo(2));
        assertThat(tree.find(id("Q" + p + "CB"), day).orElseThrow().superiorName()).isEqualTo("Đảng bộ Công ty mới");
    }

    @Test
    void importsThousandsOfRowsQuickly() {
        int committees = 250;
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(p + "TU", "Đảng bộ tỉnh Nghệ An", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null));
        for (int c = 0; c < committees; c++) {
            // subordinates first, to make the import sort them
            for (int b = 0; b < 19; b++) {
                rows.add(row(p + c + "-" + b, "Chi bộ số " + b + " của Đảng bộ xã " + c, "Chi bộ trực thuộc",
                        p + c, LocalDate.of(2025, 7, 2), null, null));
            }
            rows.add(row(p + c, "Đảng bộ xã số " + c, "Đảng bộ cơ sở", p + "TU", "01/07/2025", "QĐ " + c, null));
        }
        byte[] file = xlsx(rows);

        long started = System.nanoTime();
        Outcome outcome = importFile(file);
        long millis = (System.nanoTime() - started) / 1_000_000;

        log.info("Imported {} rows in {} ms ({} rows/s)", rows.size(), millis, rows.size() * 1000L / Math.max(millis, 1));
        assertThat(outcome).isInstanceOfSatisfying(Imported.class, i -> assertThat(i.created()).isEqualTo(rows.size()));
        assertThat(tree.countsByType(id(p + "TU"), LocalDate.of(2025, 8, 1)))
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, (long) committees)
                .containsEntry(UnitType.BRANCH, committees * 19L);
    }

    /** Replaces the cell rather than editing it: POI edits of the export's inline strings do not reach the file. */
    private static void prefix(org.apache.poi.ss.usermodel.Row row, int column, String prefix) {
        var cell = row.getCell(column);
        if (cell != null && !cell.getStringCellValue().isEmpty()) {
            String value = cell.getStringCellValue();
            row.removeCell(cell);
            row.createCell(column).setCellValue(prefix + value);
        }
    }

    private static byte[] write(TreeExport.Download download) throws IOException {
        var out = new ByteArrayOutputStream();
        download.writeTo(out);
        return out.toByteArray();
    }
}
