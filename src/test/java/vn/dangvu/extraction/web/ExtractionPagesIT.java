package vn.dangvu.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Resolution;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDirectory;
import vn.dangvu.targets.TargetDraft;

/** The page and the API on the public sample reports: read, highlight, confirm into a target; refusals change nothing. */
@WebIT
class ExtractionPagesIT {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;
    @Autowired TargetDirectory directory;
    @Autowired vn.dangvu.meetings.Conferences conferences;

    static String sample(String name) throws Exception {
        try (InputStream in = ExtractionPagesIT.class.getResourceAsStream("/extraction/tuning/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record World(UnitId unit, UnitId other, Target money) {
    }

    private World world() {
        Fixtures f = new Fixtures(changes, registry);
        UnitId city = f.province("Thành ủy Trích Xuất " + System.nanoTime());
        LocalDate founded = LocalDate.of(2016, 1, 1);
        UnitId unit = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Đọc Báo Cáo", founded);
        UnitId other = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Khác", founded);
        Term term = f.term(unit, 1, LocalDate.of(2016, 5, 19), 2016, 2020);
        Resolution r = book.adopt(unit, term.id(), "Nghị quyết Đại hội lần thứ I", null);
        Target money = book.addTarget(r.id(), new TargetDraft(null, "Vận động đóng góp xây dựng nhà văn hóa",
                Quantity.MONEY, "đồng", Direction.MORE, Scope.TERM, new BigDecimal("2000000000"), null, null, MeasureKind.FLOW));
        return new World(unit, other, money);
    }

    @Test
    void staffPasteAReportSeeItsFiguresHighlightedAndConfirmOneIntoATarget() throws Exception {
        World w = world();
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
        assertThat(mvc.get().uri("/units/{id}/extractions", w.unit().value()).exchange()).hasStatusOk()
                .bodyText().contains("Đọc báo cáo");
        MvcTestResult read = mvc.post().uri("/units/{id}/extractions", w.unit().value())
                .param("text", sample("t01.txt")).exchange();
        assertThat(read).hasStatusOk();
        String html = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<mark class=\"fact\" id=\"fact-0\"").contains("Kết nạp đảng viên")
                .contains("kết nạp 77/110 đảng viên mới, đạt 70%").contains("class=\"furniture\"")
                .contains("Vận động đóng góp xây dựng nhà văn hóa").contains("Mai Thanh Dân")
                .contains("Ghi thành hồ sơ hội nghị").contains("id=\"conf-day-0\" value=\"2018-06-12\"");

        LocalDate day = LocalDate.of(2018, 6, 12);
        MvcTestResult confirmed = mvc.post().uri("/units/{id}/extractions/values", w.unit().value())
                .header("HX-Request", "true").param("targetId", String.valueOf(w.money().id()))
                .param("value", "1200000000").param("from", day.withDayOfYear(1).toString()).param("to", day.toString())
                .param("note", "hơn 1,2 tỷ đồng xây dựng nhà văn hóa").exchange();
        assertThat(confirmed).hasStatusOk().bodyText().contains("Đã ghi giá trị vào chỉ tiêu 1");
        assertThat(directory.manualValues(w.money().id())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1200000000"));
    }

    @Test
    void aConferenceTheReportTellsOfIsRecordedInTheUnitsConferences() throws Exception {
        World w = world();
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
        MvcTestResult confirmed = mvc.post().uri("/units/{id}/extractions/conferences", w.unit().value())
                .header("HX-Request", "true").param("kind", "review.midTerm").param("heldOn", "2018-02-02")
                .param("title", "Hội nghị sơ kết giữa nhiệm kỳ 2015 – 2020")
                .param("guests", "Nguyễn Văn Sẵn, Ủy viên Thường vụ, Trưởng ban Tuyên giáo\n")
                .param("attendees", "62").param("branches", "6").param("source", "sự có mặt của 62 đảng viên của 06 Chi bộ")
                .exchange();
        assertThat(confirmed).hasStatusOk().bodyText().contains("Đã ghi hội nghị ngày 02/02/2018");
        assertThat(conferences.between(w.unit(), LocalDate.of(2018, 2, 2), LocalDate.of(2018, 2, 2))).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(vn.dangvu.meetings.ConferenceKind.MID_TERM_REVIEW);
                    assertThat(c.attendancePhrase()).isEqualTo("62 đảng viên của 06 chi bộ");
                    assertThat(c.guests()).extracting(g -> g.name()).containsExactly("Nguyễn Văn Sẵn");
                });
        // refused by the meeting rules (more branches than people): a clear message, nothing recorded
        MvcTestResult refused = mvc.post().uri("/units/{id}/extractions/conferences", w.unit().value())
                .header("HX-Request", "true").param("kind", "review.year").param("heldOn", "2018-12-20")
                .param("title", "Hội nghị tổng kết năm").param("attendees", "3").param("branches", "6").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(conferences.between(w.unit(), LocalDate.of(2018, 12, 20), LocalDate.of(2018, 12, 20))).isEmpty();
        // someone who may not change the unit: not found there
        MockMvcTester outsider = SignedIn.mvc(context, accounts.as(accounts.create("ngoai-hn",
                new Grant(Role.BRANCH_SECRETARY, w.other()))));
        assertThat(outsider.post().uri("/units/{id}/extractions/conferences", w.unit().value())
                .param("kind", "review.midTerm").param("heldOn", "2018-03-02").param("title", "x").exchange())
                .hasStatus(404);
        assertThat(conferences.between(w.unit(), LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 2))).isEmpty();
    }

    @Test
    void wordFilesAreReadAndBadFilesRefusedWithAClearMessage() throws Exception {
        World w = world();
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : sample("t02.txt").split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(docx);
        }
        assertThat(mvc.post().multipart().uri("/units/{id}/extractions", w.unit().value())
                .file(new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream", docx.toByteArray())).exchange())
                .hasStatusOk().bodyText().contains("Người dự hội nghị, đại hội").contains("Đảng ủy Liên đoàn Lao động thành phố");
        assertThat(mvc.post().multipart().uri("/units/{id}/extractions", w.unit().value())
                .file(new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream",
                        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})).exchange())
                .hasStatus(422).bodyText().contains("lưu lại dưới dạng .docx");
        assertThat(mvc.post().uri("/units/{id}/extractions", w.unit().value()).param("text", "  ").exchange())
                .hasStatus(422).bodyText().contains("Báo cáo trống");
    }

    @Test
    void theApiAnswersFactsWhoseTextIsTheSpanOfTheNormalizedText() throws Exception {
        AccountPrincipal user = accounts.create("doc", new Grant(Role.BRANCH_SECRETARY, world().unit()));
        MockMvcTester mvc = SignedIn.mvc(context, accounts.bearer(accounts.token(user)));
        MvcTestResult result = mvc.post().uri("/api/v1/extractions").contentType(MediaType.TEXT_PLAIN)
                .content(java.text.Normalizer.normalize(sample("t01.txt"), java.text.Normalizer.Form.NFD)).exchange();
        assertThat(result).hasStatusOk();
        DocumentContext json = JsonPath.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String text = json.read("$.text");
        List<Integer> starts = json.read("$.figures[*].start");
        List<Integer> ends = json.read("$.figures[*].end");
        List<String> texts = json.read("$.figures[*].text");
        assertThat(starts).hasSize(11);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(text.substring(starts.get(i), ends.get(i))).isEqualTo(texts.get(i));
        }
        assertThat((String) json.read("$.unit.value")).isEqualTo("Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ");
        assertThat((List<String>) json.read("$.figures[?(@.kind == 'members.admitted')].measure")).containsExactly("members.admitted");
        assertThat((List<Integer>) json.read("$.figures[?(@.kind == 'members.admitted')].of")).containsExactly(110);

        assertThat(mvc.post().multipart().uri("/api/v1/extractions")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)))
                .exchange()).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("extraction.readable");
        assertThat(mvc.post().uri("/api/v1/extractions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Đảng ủy xã An Bình tổ chức hội nghị. Kết nạp 5 đảng viên.\"}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.figures[0].kind").isEqualTo("members.admitted");
    }

    @Test
    void someoneWhoMayNotChangeTheUnitNeitherReadsNorConfirmsThere() throws Exception {
        World w = world();
        AccountPrincipal outsider = accounts.create("ngoai", new Grant(Role.BRANCH_SECRETARY, w.other()));
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(outsider));
        assertThat(mvc.get().uri("/units/{id}/extractions", w.unit().value()).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/units/{id}/extractions", w.unit().value()).param("text", "Kết nạp 5 đảng viên.")
                .exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/units/{id}/extractions/values", w.unit().value())
                .param("targetId", String.valueOf(w.money().id())).param("value", "5")
                .param("from", LocalDate.now().withDayOfYear(1).toString()).param("to", LocalDate.now().toString())
                .exchange()).hasStatus(404);
        // Their own unit, but another unit's target: not found there, nothing written.
        assertThat(mvc.post().uri("/units/{id}/extractions/values", w.other().value())
                .param("targetId", String.valueOf(w.money().id())).param("value", "5")
                .param("from", LocalDate.now().withDayOfYear(1).toString()).param("to", LocalDate.now().toString())
                .exchange()).hasStatus(404);
        assertThat(directory.manualValues(w.money().id())).isEmpty();
    }
}
