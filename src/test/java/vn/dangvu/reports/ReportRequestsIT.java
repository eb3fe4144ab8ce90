package vn.dangvu.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.reports.ReportRequest.State;
import vn.dangvu.targets.Fixtures;

/**
 * A superior asks its subordinates for the mid-term review ("Hướng dẫn số 05 ngày 21/11/2017"); one
 * submits, one does not; the superior returns the report with a comment, it is submitted again, and
 * the consolidated report gathers the submitted narratives.
 */
@WebIT
class ReportRequestsIT {

    static final LocalDate FOUNDED = LocalDate.of(2015, 7, 1);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired ReportRequestBook requests;
    @Autowired ReportDrafts drafts;
    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    UnitId bloc;
    UnitId union;
    UnitId press;
    UnitId outside;

    @BeforeEach
    void tree() {
        Fixtures f = new Fixtures(changes, registry);
        UnitId city = f.province("Thành ủy Cần Thơ");
        bloc = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối cơ quan Dân Chính Đảng", FOUNDED);
        union = f.unit(bloc, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố", FOUNDED);
        press = f.unit(bloc, UnitType.GRASSROOTS_BRANCH, "Chi bộ Báo Cần Thơ", FOUNDED);
        outside = f.unit(city, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng", FOUNDED);
    }

    ReportRequest.Issue guidance(LocalDate deadline, List<UnitId> units) {
        return new ReportRequest.Issue("Hướng dẫn số 05", LocalDate.of(2017, 11, 21), ReportKind.MID_TERM,
                LocalDate.of(2015, 7, 1), LocalDate.of(2017, 12, 31), deadline, units);
    }

    ReportDraft draftOf(UnitId unit, String results) {
        return drafts.save(unit, null, new ReportDraft.Edit(ReportKind.MID_TERM, LocalDate.of(2015, 7, 1),
                LocalDate.of(2017, 12, 31), 3, "Cần Thơ", LocalDate.of(2018, 2, 2), null, "Nguyễn Văn Sẵn", "Bí thư",
                null, results, "Hạn chế của " + results, "Nhiệm vụ của " + results, null));
    }

    @Test
    void submittedLateReturnedAndConsolidated() throws Exception {
        // the deadline has passed (the tests run in 2026): a report not in is late, one sent now is sent late
        long id = requests.issue(bloc, guidance(LocalDate.of(2018, 1, 15), List.of(union, press)));
        ReportRequest issued = requests.find(id).orElseThrow();
        assertThat(issued.title()).isEqualTo("Hướng dẫn số 05 ngày 21/11/2017");
        assertThat(issued.addressees()).extracting(ReportRequest.Addressee::state).containsOnly(State.LATE);

        ReportDraft draft = draftOf(union, "Kết nạp 23 đảng viên");
        requests.submit(id, union, draft.id());
        assertThat(drafts.find(draft.id()).orElseThrow().submitted()).isTrue();
        assertThat(state(id, union)).isEqualTo(State.SUBMITTED_LATE);
        assertThat(state(id, press)).isEqualTo(State.LATE);
        ReportDraft locked = drafts.find(draft.id()).orElseThrow();
        assertThatThrownBy(() -> drafts.save(union, draft.id(), edit(locked)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.locked-when-submitted");
        assertThatThrownBy(() -> requests.submit(id, union, draft.id()))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.submission");

        ReportDraft consolidated = requests.consolidatedDraft(requests.find(id).orElseThrow());
        assertThat(consolidated.results()).isEqualTo("Đảng bộ Liên đoàn Lao động thành phố: Kết nạp 23 đảng viên");

        assertThatThrownBy(() -> requests.returnReport(id, press, "Chưa nộp"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.submission");
        requests.returnReport(id, union, "Bổ sung số liệu đảng viên");
        ReportDraft reopened = drafts.find(draft.id()).orElseThrow();
        assertThat(reopened.submitted()).isFalse();
        ReportRequest.Addressee back = requests.find(id).orElseThrow().addressees().stream()
                .filter(a -> a.unit().equals(union)).findFirst().orElseThrow();
        assertThat(back.comment()).isEqualTo("Bổ sung số liệu đảng viên");
        drafts.save(union, draft.id(), edit(reopened));
        requests.submit(id, union, draft.id());
        assertThat(state(id, union)).isEqualTo(State.SUBMITTED_LATE);
    }

    /**
     * Every step leaves its audit entry, in the units' scope: the request issued, the draft created and saved
     * (with only the fields the save changed), sent up, returned with the superior's comment.
     */
    @Test
    void everyStepOfARequestAndItsDraftIsInTheAuditLog() {
        long start = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        long id = requests.issue(bloc, guidance(LocalDate.of(2018, 1, 15), List.of(union)));
        ReportDraft draft = draftOf(union, "Kết nạp 23 đảng viên");
        ReportDraft saved = drafts.save(union, draft.id(), new ReportDraft.Edit(ReportKind.MID_TERM,
                LocalDate.of(2015, 7, 1), LocalDate.of(2017, 12, 31), 3, "Cần Thơ", LocalDate.of(2018, 2, 2), null,
                "Nguyễn Văn Sẵn", "Bí thư", null, "Kết nạp 24 đảng viên", "Hạn chế của Kết nạp 23 đảng viên",
                "Nhiệm vụ của Kết nạp 23 đảng viên", draft.updatedAt()));
        requests.submit(id, union, saved.id());
        requests.returnReport(id, union, "Bổ sung số liệu đảng viên");

        assertThat(jdbc.sql("""
                select action || ' ' || record_type || ' ' || record_id || ' ' || unit_ids::text || ' '
                       || coalesce(before::text, '-') || ' ' || after::text
                  from audit_entry where id > ? and record_type in ('report-draft', 'report-request') order by id""")
                .param(start).query(String.class).list()).satisfiesExactly(
                        issued -> assertThat(issued).startsWith("REPORT_REQUEST_ISSUED report-request " + id + " {"
                                + bloc.value() + "} - ").contains("\"document\": \"Hướng dẫn số 05\"")
                                .contains("\"deadline\": \"2018-01-15\"").contains("\"addressees\": [" + union.value() + "]"),
                        created -> assertThat(created).startsWith("REPORT_DRAFT_CREATED report-draft " + draft.id() + " {"
                                + union.value() + "} - ").contains("\"results\": \"Kết nạp 23 đảng viên\""),
                        changed -> assertThat(changed).isEqualTo("REPORT_DRAFT_SAVED report-draft " + draft.id() + " {"
                                + union.value() + "} {\"results\": \"Kết nạp 23 đảng viên\"} {\"results\": \"Kết nạp 24 đảng viên\"}"),
                        submitted -> assertThat(submitted).isEqualTo("REPORT_SUBMITTED report-request " + id + " {"
                                + union.value() + "} - {\"unit\": " + union.value() + ", \"draft\": " + draft.id() + "}"),
                        returned -> assertThat(returned).isEqualTo("REPORT_RETURNED report-request " + id + " {"
                                + union.value() + "} - {\"unit\": " + union.value() + ", \"draft\": " + draft.id()
                                + ", \"comment\": \"Bổ sung số liệu đảng viên\"}"));
    }

    @Test
    void onlySubordinatesAreAskedAndOnlyTheUnitAskedSubmitsItsOwnDraft() {
        assertThatThrownBy(() -> requests.issue(bloc, guidance(LocalDate.of(2018, 1, 15), List.of(outside))))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.request-fields");
        assertThatThrownBy(() -> requests.issue(bloc, guidance(LocalDate.of(2017, 1, 15), List.of(union))))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.request-fields");
        assertThatThrownBy(() -> requests.issue(bloc, guidance(LocalDate.of(2018, 1, 15), List.of())))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.request-fields");
        long id = requests.issue(bloc, guidance(LocalDate.of(2018, 1, 15), List.of(union)));
        ReportDraft pressDraft = draftOf(press, "Báo");
        assertThatThrownBy(() -> requests.submit(id, press, pressDraft.id()))
                .isInstanceOf(vn.dangvu.platform.NotFoundException.class);
        assertThatThrownBy(() -> requests.submit(id, union, pressDraft.id()))
                .isInstanceOf(vn.dangvu.platform.NotFoundException.class);
        assertThat(drafts.find(pressDraft.id()).orElseThrow().submitted()).isFalse();
    }

    @Test
    void theSuperiorFollowsAndReturnsThroughThePages() throws Exception {
        MockMvcTester superior = SignedIn.mvc(context, accounts.as(accounts.create("bc-khoi",
                new Grant(Role.COMMITTEE_STAFF, bloc))));
        MvcTestResult issued = superior.post().uri("/units/{id}/report-requests", bloc.value())
                .param("document", "Hướng dẫn số 05").param("issuedOn", "2017-11-21").param("kind", "MID_TERM")
                .param("from", "2015-07-01").param("to", "2017-12-31").param("deadline", "2018-01-15")
                .param("units", String.valueOf(union.value()), String.valueOf(press.value())).exchange();
        assertThat(issued).hasStatus3xxRedirection();
        String location = issued.getResponse().getRedirectedUrl();

        MockMvcTester clerk = SignedIn.mvc(context, accounts.as(accounts.create("bc-ldld",
                new Grant(Role.BRANCH_SECRETARY, union))));
        ReportDraft draft = draftOf(union, "Kết nạp 23 đảng viên");
        String editor = html(clerk.get().uri("/units/{id}/reports/drafts/{d}", union.value(), draft.id()).exchange());
        assertThat(editor).contains("Hướng dẫn số 05 ngày 21/11/2017", "submit-report");
        long requestId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(clerk.post().uri("/units/{id}/reports/drafts/{d}/submit", union.value(), draft.id())
                .param("request", String.valueOf(requestId)).exchange()).hasStatus3xxRedirection();
        // the clerk cannot follow the superior's request page
        assertThat(clerk.get().uri(location).exchange()).hasStatus(404);

        String status = html(superior.get().uri(location).exchange());
        assertThat(status).contains("Đảng bộ Liên đoàn Lao động thành phố", "Nộp muộn", "Chi bộ Báo Cần Thơ",
                "Quá hạn, chưa nộp");
        assertThat(superior.post().uri(location + "/return").param("unit", String.valueOf(union.value()))
                .param("comment", "Bổ sung số liệu").exchange()).hasStatus3xxRedirection();
        assertThat(drafts.find(draft.id()).orElseThrow().submitted()).isFalse();
        assertThat(html(clerk.get().uri("/units/{id}/reports/drafts/{d}", union.value(), draft.id()).exchange()))
                .contains("Bổ sung số liệu");

        MvcTestResult docx = superior.get().uri(location + "/consolidated.docx").exchange();
        assertThat(docx).hasStatusOk();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .noneMatch(p -> p.contains("Kết nạp 23 đảng viên")); // returned: not in the consolidation
        }
    }

    @Test
    void theSameThroughTheApi() throws Exception {
        MockMvcTester superior = SignedIn.mvc(context, accounts.as(accounts.create("bc-api-khoi",
                new Grant(Role.COMMITTEE_STAFF, bloc))));
        MvcTestResult issued = superior.post().uri("/api/v1/units/{id}/report-requests", bloc.value())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"document": "Hướng dẫn số 05", "issuedOn": "2017-11-21", "kind": "MID_TERM",
                         "from": "2015-07-01", "to": "2017-12-31", "deadline": "2018-01-15", "units": [%d, %d]}
                        """.formatted(union.value(), press.value())).exchange();
        assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.title").isEqualTo("Hướng dẫn số 05 ngày 21/11/2017");
        long requestId = ((Number) com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.id"))
                .longValue();
        // refused: a unit that is not a subordinate; nothing issued
        assertThat(superior.post().uri("/api/v1/units/{id}/report-requests", bloc.value())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"document": "Hướng dẫn số 06", "issuedOn": "2017-11-21", "kind": "MID_TERM",
                         "from": "2015-07-01", "to": "2017-12-31", "deadline": "2018-01-15", "units": [%d]}
                        """.formatted(outside.value())).exchange())
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("reports.request-fields");
        assertThat(requests.issuedBy(bloc)).hasSize(1);

        MockMvcTester clerk = SignedIn.mvc(context, accounts.as(accounts.create("bc-api-ldld",
                new Grant(Role.BRANCH_SECRETARY, union))));
        ReportDraft draft = draftOf(union, "Kết nạp 23 đảng viên");
        assertThat(clerk.get().uri("/api/v1/units/{id}/report-requests", union.value()).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.addressed[0].addressees[*].name")
                .asArray().containsExactly("Đảng bộ Liên đoàn Lao động thành phố"); // not its peer's
        assertThat(clerk.post().uri("/api/v1/units/{id}/report-drafts/{d}/submission", union.value(), draft.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"request\": " + requestId + "}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.addressees[0].state").isEqualTo("SUBMITTED_LATE");
        assertThat(drafts.find(draft.id()).orElseThrow().submitted()).isTrue();
        assertThat(clerk.get().uri("/api/v1/units/{id}/report-requests/{r}", bloc.value(), requestId).exchange())
                .hasStatus(404);

        MvcTestResult status = superior.get().uri("/api/v1/units/{id}/report-requests/{r}", bloc.value(), requestId)
                .exchange();
        assertThat(status).hasStatusOk().bodyJson().extractingPath("$.addressees[*].state").asArray()
                .containsExactlyInAnyOrder("SUBMITTED_LATE", "LATE");
        assertThat(superior.post().uri("/api/v1/units/{id}/report-requests/{r}/returns", bloc.value(), requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": " + union.value() + ", \"comment\": \"Bổ sung số liệu\"}").exchange())
                .hasStatusOk();
        assertThat(drafts.find(draft.id()).orElseThrow().submitted()).isFalse();
        assertThat(state(requestId, union)).isEqualTo(State.RETURNED);

        MvcTestResult docx = superior.get().uri("/api/v1/units/{id}/report-requests/{r}/consolidated.docx", bloc.value(),
                requestId).exchange();
        assertThat(docx).hasStatusOk();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    State state(long request, UnitId unit) {
        return requests.find(request).orElseThrow().addressees().stream().filter(a -> a.unit().equals(unit))
                .findFirst().orElseThrow().state();
    }

    static ReportDraft.Edit edit(ReportDraft d) {
        return new ReportDraft.Edit(d.period().kind(), d.period().from(), d.period().to(), d.number(), d.place(),
                d.issuedOn(), d.superiorBody(), d.signerName(), d.signerPosition(), String.join("\n", d.recipients()),
                d.results() + " (sửa)", d.limitations(), d.tasks(), d.updatedAt());
    }
}
