package vn.dangvu.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.AccountPrincipal;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.training.RegisterWorkbook;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;
import vn.dangvu.training.TrainingDirectory;
import vn.dangvu.training.TrainingViews.EnrolmentView;

/** The training pages, the API and the Excel register, through the real filter chain on the embedded database. */
@WebIT
class TrainingWebIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);
    static final String PLENUMS = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)";

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory members;
    @Autowired TrainingBook book;
    @Autowired TrainingDirectory directory;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvcTester admin;
    Fixtures f;
    UnitId zones;
    UnitId company;
    UnitId branch;
    UnitId other;
    List<MemberId> people = new ArrayList<>();
    int seq;

    @BeforeEach
    void world() {
        admin = SignedIn.mvc(context, accounts.as(accounts.admin()));
        f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", FOUNDED);
        branch = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        other = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", FOUNDED);
        for (int i = 0; i < 42; i++) {
            people.add(f.official(branch, "Nguyễn Thị Học Viên " + (seq++), FOUNDED));
        }
    }

    MemberId candidate(String name) {
        return registry.registerCandidate(new Profile(name, Sex.MALE, LocalDate.of(1997, 1, 2), "Kinh", null, "Cần Thơ",
                null, null, "12/12", null, "Công nhân", null, null, null, null), branch, LocalDate.of(2017, 1, 10));
    }

    long resolutionClass(UnitId unit, int round, List<MemberId> enrolled) {
        long id = book.plan(unit, new ClassDraft(ClassKind.RESOLUTION, "Học tập Nghị quyết Trung ương – đợt " + round, PLENUMS,
                null, LocalDate.of(2017, 3, 6).plusWeeks(round), LocalDate.of(2017, 3, 8).plusWeeks(round), "Hội trường"));
        book.enrol(id, enrolled);
        return id;
    }

    @Test
    void listsAUnitsClassesFilteredByKindAndYearAndLinksThemFromTheUnitPage() {
        long id = resolutionClass(company, 1, people.subList(0, 3));
        assertThat(admin.get().uri("/units/{id}", zones.value()).exchange()).bodyText().contains("/units/" + zones.value() + "/training");
        assertThat(admin.get().uri("/units/{id}/training", zones.value()).exchange()).hasStatusOk().bodyText()
                .contains("Học tập Nghị quyết Trung ương – đợt 1", "/training/classes/" + id, "Đảng bộ Công ty Xi măng");
        assertThat(admin.get().uri("/units/{id}/training?kind=AWARENESS", zones.value()).exchange()).bodyText()
                .doesNotContain("/training/classes/" + id + "\"");
        assertThat(admin.get().uri("/units/{id}/training?year=2018", zones.value()).exchange()).bodyText()
                .doesNotContain("/training/classes/" + id + "\"");
        assertThat(admin.get().uri("/units/{id}/training?year=2017&kind=RESOLUTION", zones.value()).exchange()).bodyText()
                .contains("/training/classes/" + id);
        assertThat(admin.get().uri("/units/{id}/training", other.value()).exchange()).bodyText()
                .doesNotContain("/training/classes/" + id + "\"");
        assertThat(admin.get().uri("/units/{id}/training?lang=en", zones.value()).exchange()).bodyText()
                .contains("Training classes");
    }

    @Test
    void theFormKeepsWhatWasTypedWhenARuleRefusesIt() throws Exception {
        MvcTestResult refused = admin.post().uri("/units/{id}/training/new", company.value())
                .param("kind", "RESOLUTION").param("title", "Lớp học tập đợt một").param("subject", "")
                .param("coOrganizer", "Trường Chính trị thành phố").param("startsOn", "2017-03-10")
                .param("endsOn", "2017-03-12").param("place", "Hội trường A").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)))
                .contains("phải ghi rõ nghị quyết", "Lớp học tập đợt một", "Trường Chính trị thành phố", "Hội trường A",
                        "2017-03-10");
        assertThat(admin.post().uri("/units/{id}/training/new", company.value()).param("kind", "OTHER")
                .param("title", "Lớp nghiệp vụ").param("startsOn", "2017-03-12").param("endsOn", "2017-03-10").exchange())
                .hasStatus(422).bodyText().contains("Ngày bế giảng (10/03/2017) không được trước ngày khai giảng (12/03/2017)");
        assertThat(admin.post().uri("/units/{id}/training/new", company.value()).param("kind", "OTHER")
                .param("title", "Lớp nghiệp vụ").param("startsOn", "ngày mai").param("endsOn", "2017-03-10").exchange())
                .hasStatus(422).bodyText().contains("Lớp nghiệp vụ");
        assertThat(directory.classes(company, null, null, vn.dangvu.platform.UnitScope.whole(LocalDate.now()), 0, 10).total())
                .isZero();
        MvcTestResult planned = admin.post().uri("/units/{id}/training/new", company.value()).param("kind", "RESOLUTION")
                .param("title", "Lớp học tập đợt một").param("subject", PLENUMS).param("startsOn", "2017-03-10")
                .param("endsOn", "2017-03-12").exchange();
        assertThat(planned).hasStatus3xxRedirection();
        String location = planned.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/training/classes/");
        long id = Long.parseLong(location.substring("/training/classes/".length()));
        assertThat(admin.get().uri("/training/classes/{c}/edit", id).exchange()).hasStatusOk().bodyText()
                .contains("Lớp học tập đợt một", PLENUMS);
        assertThat(admin.post().uri("/training/classes/{c}/edit", id).param("kind", "RESOLUTION")
                .param("title", "Lớp học tập đợt 1").param("subject", PLENUMS).param("startsOn", "2017-03-10")
                .param("endsOn", "2017-03-11").exchange()).hasStatus3xxRedirection();
        assertThat(directory.find(id).orElseThrow().title()).isEqualTo("Lớp học tập đợt 1");
    }

    @Test
    void fortyTwoPeopleAreMarkedOnOneScreenAndSavedOnce() {
        long id = resolutionClass(zones, 2, List.of());
        assertThat(admin.get().uri("/training/classes/{c}", id).exchange()).hasStatusOk().bodyText()
                .contains("Thêm học viên", "Nguyễn Thị Học Viên 0");
        var enrol = admin.post().uri("/training/classes/{c}/enrol", id);
        for (MemberId p : people) {
            enrol = enrol.param("member", String.valueOf(p.value()));
        }
        assertThat(enrol.exchange()).hasStatus3xxRedirection();
        assertThat(directory.enrolments(id)).hasSize(42);

        var save = admin.post().uri("/training/classes/{c}/register", id);
        for (int i = 0; i < people.size(); i++) {
            String m = String.valueOf(people.get(i).value());
            save = save.param("member", m).param("certificate-" + m, "");
            if (i != 5) {
                save = save.param("attended", m).param("completed", m);
            }
        }
        assertThat(save.exchange()).hasStatus3xxRedirection();
        assertThat(directory.find(id).orElseThrow().attended()).isEqualTo(41);
        MvcTestResult page = admin.get().uri("/training/classes/{c}", id).exchange();
        assertThat(page).bodyText().contains("42 học viên, 41 có mặt (đạt 97,6%)", "data-check-all=\"attended\"",
                "Lưu điểm danh");

        // completing without attending: refused, nothing saved, what was ticked is shown again
        String absent = String.valueOf(people.get(5).value());
        String first = String.valueOf(people.get(0).value());
        MvcTestResult refused = admin.post().uri("/training/classes/{c}/register", id)
                .param("member", first).param("member", absent).param("completed", absent).param("attended", first)
                .param("certificate-" + absent, "GCN-GÕ-TAY").exchange();
        assertThat(refused).hasStatus(422).bodyText().contains("chỉ ghi nhận hoàn thành khóa học cho người có tham dự",
                "GCN-GÕ-TAY");
        assertThat(directory.find(id).orElseThrow().attended()).isEqualTo(41);

        // the campaign of the subject with its bars
        long second = resolutionClass(company, 3, people.subList(0, 10));
        book.record(second, people.subList(0, 10).stream().map(p -> new Outcome(p, true, false, null)).toList());
        assertThat(admin.get().uri("/units/{id}/training/campaigns?from=2017-01-01&to=2017-12-31&subject={s}",
                zones.value(), PLENUMS).exchange()).hasStatusOk().bodyText()
                .contains("2 lớp triển khai " + PLENUMS + ", đạt 98,1%", "<svg class=\"bars\"", "51");
    }

    @Test
    void someoneEnrolledByMistakeIsRemovedButNotOnceTheirCertificateIsInTheRecords() throws Exception {
        MemberId certified = candidate("Lê Văn Được Cấp");
        MemberId mistaken = candidate("Trần Văn Ghi Nhầm");
        long id = book.plan(company, new ClassDraft(ClassKind.AWARENESS, "Lớp bồi dưỡng nhận thức về Đảng khóa 1", null,
                null, LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7), "Hội trường"));
        book.enrol(id, List.of(certified, mistaken));
        book.record(id, List.of(new Outcome(certified, true, true, "GCN-17-001")));
        assertThat(admin.get().uri("/training/classes/{c}", id).exchange()).hasStatusOk().bodyText()
                .contains("id=\"withdraw-" + mistaken.value() + "\"", "Bỏ khỏi lớp");

        MvcTestResult refused = admin.post().uri("/training/classes/{c}/enrolments/{m}/delete", id, certified.value()).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains("Không thể bỏ Lê Văn Được Cấp khỏi lớp",
                "người này đã hoàn thành lớp bồi dưỡng nhận thức về Đảng và giấy chứng nhận số GCN-17-001 đã được ghi vào hồ sơ");
        assertThat(admin.post().uri("/training/classes/{c}/enrolments/{m}/delete?lang=en", id, certified.value()).exchange())
                .hasStatus(422).bodyText().contains("cannot be removed from the class");
        assertThat(directory.enrolments(id)).hasSize(2);

        assertThat(admin.post().uri("/training/classes/{c}/enrolments/{m}/delete", id, mistaken.value()).exchange())
                .hasStatus3xxRedirection();
        assertThat(directory.enrolments(id)).extracting(EnrolmentView::member).containsExactly(certified);
        assertThat(directory.find(id).orElseThrow().enrolled()).isEqualTo(1);
        assertThat(jdbc.sql("select before ->> 'member' from audit_entry where action = 'ENROLMENT_WITHDRAWN' and record_id = :r")
                .param("r", String.valueOf(id)).query(String.class).single()).isEqualTo(String.valueOf(mistaken.value()));
        assertThat(admin.post().uri("/training/classes/{c}/enrolments/{m}/delete", id, mistaken.value()).exchange())
                .hasStatus(404);

        // The API: a reader of the organizer is refused with 403, someone outside with 404, the certified with 422.
        book.enrol(id, List.of(mistaken));
        MockMvcTester api = SignedIn.mvc(context, accounts.bearer(accounts.token(accounts.create("vanphong",
                new Grant(Role.COMMITTEE_STAFF, company)))));
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(accounts.create("xem",
                new Grant(Role.VIEWER, company))))).delete().uri("/api/v1/training-classes/{c}/enrolments/{m}", id,
                mistaken.value()).exchange()).hasStatus(403);
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(accounts.create("ngoai",
                new Grant(Role.COMMITTEE_STAFF, other))))).delete().uri("/api/v1/training-classes/{c}/enrolments/{m}", id,
                mistaken.value()).exchange()).hasStatus(404);
        MvcTestResult stands = api.delete().uri("/api/v1/training-classes/{c}/enrolments/{m}", id, certified.value()).exchange();
        assertThat(stands).hasStatus(422);
        assertThat(stands).bodyJson().extractingPath("$.rule").isEqualTo("training.certificate-stands");
        assertThat(api.delete().uri("/api/v1/training-classes/{c}/enrolments/{m}", id, mistaken.value()).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.register.length()").isEqualTo(1);
    }

    @Test
    void theApiPlansEnrolsRecordsAndAnswersTheCampaign() throws Exception {
        String token = accounts.token(accounts.admin());
        MockMvcTester api = MockMvcTester.create(org.springframework.test.web.servlet.setup.MockMvcBuilders
                .webAppContextSetup(context).apply(org.springframework.security.test.web.servlet.setup
                        .SecurityMockMvcConfigurers.springSecurity()).build());
        MvcTestResult created = api.post().uri("/api/v1/units/{id}/training-classes", zones.value())
                .with(accounts.bearer(token)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "RESOLUTION", "title": "Học tập đợt 1", "subject": "%s",
                         "startsOn": "2017-03-06", "endsOn": "2017-03-08", "place": "Hội trường"}
                        """.formatted(PLENUMS)).exchange();
        assertThat(created).hasStatus(201);
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8), "$.id")).longValue();
        assertThat(api.post().uri("/api/v1/training-classes/{c}/enrolments", id).with(accounts.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"memberIds": [%d, %d]}
                        """.formatted(people.get(0).value(), people.get(1).value())).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.register.length()").isEqualTo(2);
        assertThat(api.put().uri("/api/v1/training-classes/{c}/register", id).with(accounts.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"register": [{"memberId": %d, "attended": false, "completed": true}]}
                        """.formatted(people.get(0).value())).exchange())
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("training.completion-needs-attendance");
        assertThat(api.put().uri("/api/v1/training-classes/{c}/register", id).with(accounts.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"register": [{"memberId": %d, "attended": true, "completed": true}, {"memberId": %d}]}
                        """.formatted(people.get(0).value(), people.get(1).value())).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.training.attendanceRate").isEqualTo(50.0);
        assertThat(api.get().uri("/api/v1/units/{id}/training-campaign?subject={s}&from=2017-01-01&to=2017-12-31",
                zones.value(), PLENUMS).with(accounts.bearer(token)).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.summary").isEqualTo("1 lớp triển khai " + PLENUMS + ", đạt 50%");
        assertThat(api.get().uri("/api/v1/units/{id}/training-campaigns?from=2017-01-01&to=2017-12-31", zones.value())
                .with(accounts.bearer(token)).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$[0].classes").isEqualTo(1);

        // scope: a secretary of the other committee does not see the class; a viewer of the zones may not change it
        AccountPrincipal outsider = accounts.create("ngoai", new Grant(Role.BRANCH_SECRETARY, other));
        AccountPrincipal viewer = accounts.create("xem", new Grant(Role.VIEWER, zones));
        String outsiderToken = accounts.token(outsider);
        String viewerToken = accounts.token(viewer);
        assertThat(api.get().uri("/api/v1/training-classes/{c}", id).with(accounts.bearer(outsiderToken)).exchange())
                .hasStatus(404);
        assertThat(api.get().uri("/api/v1/units/{id}/training-classes", zones.value()).with(accounts.bearer(outsiderToken))
                .exchange()).hasStatus(404);
        assertThat(api.get().uri("/api/v1/training-classes/{c}", id).with(accounts.bearer(viewerToken)).exchange())
                .hasStatusOk();
        assertThat(api.put().uri("/api/v1/training-classes/{c}/register", id).with(accounts.bearer(viewerToken))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"register": [{"memberId": %d, "attended": true, "completed": true}]}
                        """.formatted(people.get(1).value())).exchange()).hasStatus(403);
        MockMvcTester viewerPages = SignedIn.mvc(context, accounts.as(viewer));
        assertThat(viewerPages.get().uri("/training/classes/{c}", id).exchange()).hasStatusOk().bodyText()
                .doesNotContain("Lưu điểm danh", "Thêm vào lớp");
        assertThat(viewerPages.post().uri("/training/classes/{c}/register", id).param("member",
                String.valueOf(people.get(1).value())).param("attended", String.valueOf(people.get(1).value())).exchange())
                .hasStatus(403);
        assertThat(directory.find(id).orElseThrow().attended()).isEqualTo(1);
    }

    @Test
    void theExcelRegisterIsAllOrNothingWithAMessagePerBadCell() throws Exception {
        List<MemberId> candidates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            candidates.add(candidate("Lê Văn Ứng Viên " + i));
        }
        long id = book.plan(zones, new ClassDraft(ClassKind.AWARENESS, "Bồi dưỡng nhận thức về Đảng khóa 1", null,
                "Trung tâm Chính trị", LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7), null));
        book.enrol(id, candidates);
        MvcTestResult template = admin.get().uri("/training/classes/{c}/register.xlsx", id).exchange();
        assertThat(template).hasStatusOk();
        byte[] blank = template.getResponse().getContentAsByteArray();

        // a bad file: a mark that is not one, a completion without its certificate, someone not enrolled
        byte[] bad = fill(blank, (sheet) -> {
            mark(sheet.getRow(3), "x", "x", "01/GCN");
            mark(sheet.getRow(4), "có lẽ", "", "");
            mark(sheet.getRow(5), "x", "x", "");
            mark(sheet.getRow(6), "x", "x", "04/GCN");
            Row extra = sheet.createRow(7);
            extra.createCell(AttendanceWorkbookCols.ID).setCellValue(String.valueOf(people.getFirst().value()));
            mark(extra, "x", "", "");
        });
        MvcTestResult refused = admin.post().uri("/training/classes/{c}/register.xlsx", id).multipart()
                .file(new MockMultipartFile("file", "diem-danh.xlsx", null, bad)).exchange();
        assertThat(refused).hasStatus(422).bodyText()
                .contains("Chưa nhập dòng nào: có 3 lỗi", "F5", "“có lẽ” không hợp lệ", "H6",
                        "phải ghi số giấy chứng nhận", "B8", "không có trong danh sách lớp");
        assertThat(directory.enrolments(id)).noneMatch(EnrolmentView::attended);
        assertThat(members.history(candidates.getFirst()).events()).noneMatch(e -> e instanceof MemberEvent.AwarenessCertified);

        byte[] good = fill(blank, (sheet) -> {
            for (int r = 3; r < 7; r++) {
                mark(sheet.getRow(r), "x", r == 6 ? "" : "x", r == 6 ? "" : "0" + (r - 2) + "/GCN");
            }
        });
        assertThat(admin.post().uri("/training/classes/{c}/register.xlsx", id).multipart()
                .file(new MockMultipartFile("file", "diem-danh.xlsx", null, good)).exchange()).hasStatus3xxRedirection();
        assertThat(directory.find(id).orElseThrow().completed()).isEqualTo(3);
        assertThat(directory.find(id).orElseThrow().attended()).isEqualTo(4);
        assertThat(candidates.stream().filter(c -> members.history(c).events().stream()
                .anyMatch(e -> e instanceof MemberEvent.AwarenessCertified)).count()).isEqualTo(3);
        assertThat(admin.post().uri("/training/classes/{c}/register.xlsx", id).multipart()
                .file(new MockMultipartFile("file", "x.xlsx", null, "không phải Excel".getBytes())).exchange())
                .hasStatus(422).bodyText().contains("Không đọc được tệp");
    }

    /** Column numbers of the register sheet, as the template writes them. */
    static final class AttendanceWorkbookCols {
        static final int ID = 1;
    }

    static void mark(Row row, String attended, String completed, String certificate) {
        row.createCell(5).setCellValue(attended);
        row.createCell(6).setCellValue(completed);
        row.createCell(7).setCellValue(certificate);
    }

    static byte[] fill(byte[] template, java.util.function.Consumer<Sheet> change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            change.accept(wb.getSheet(RegisterWorkbook.SHEET));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
