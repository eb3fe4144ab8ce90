package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import vn.dangvu.SignedIn;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.demo.DemoFigures.LaborFederation;
import vn.dangvu.demo.DemoFigures.Measured;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.reports.ReportDraft;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportModel;
import vn.dangvu.reports.ReportPeriod;
import vn.dangvu.reports.Reports;

/**
 * The proof of issue 7: the Word reports Dangvu writes for the two sample committees, on the samples'
 * days, from the demo's records, state every figure the samples state. Each assertion names the
 * sample's sentence; the text is read back from the .docx as a reader's Word would show it.
 */
@DemoIT
class DemoReportIT {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired DemoData demo;
    @Autowired Reports reports;
    @Autowired MessageSource messages;
    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;

    @Test
    void theIndustrialZonesMidTermReviewStatesTheSamplesFigures() throws IOException {
        UnitId zones = demo.industrialZones();
        String text = word(zones, new ReportPeriod(ReportKind.MID_TERM, IndustrialZones.ESTABLISHED, IndustrialZones.REVIEW_DAY));

        assertFigure(text, IndustrialZones.MEMBERS, "611");
        assertFigure(text, IndustrialZones.ADMITTED, "77");
        assertFigure(text, IndustrialZones.RECEIVED, "1");
        assertFigure(text, IndustrialZones.DISSOLVED, "2");
        assertFigure(text, IndustrialZones.GRASSROOTS, "23");
        assertFigure(text, IndustrialZones.DISCIPLINED, "1");
        assertFigure(text, IndustrialZones.REVIEWED, "5");
        assertFigure(text, IndustrialZones.RESOLUTION_CLASSES, "12");
        assertFigure(text, IndustrialZones.RESOLUTION_ATTENDANCE, "97%");
        assertFigure(text, IndustrialZones.NEW_MEMBER_CLASSES, "4");
        assertFigure(text, IndustrialZones.AWARENESS_CLASSES, "4");
        // "kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ": the targets table's row
        assertThat(text).as(IndustrialZones.ADMISSION_PERCENT.sentence())
                .containsPattern(Pattern.compile("Kết nạp 110 đảng viên mới trong nhiệm kỳ\\s+đảng viên\\s+110\\s+77\\s+70%"));
        assertThat(text).as(IndustrialZones.CONFERENCES.sentence())
                .contains("Ngày 12/06/2018, Hội nghị sơ kết giữa nhiệm kỳ 2016 – 2020")
                .contains("đến dự có đồng chí " + IndustrialZones.GUEST.name() + ", " + IndustrialZones.GUEST.title());
    }

    @Test
    void theLabourFederationsReviewStatesTheSamplesFigures() throws IOException {
        UnitId federation = demo.laborFederation();
        String text = word(federation, new ReportPeriod(ReportKind.MID_TERM, TreeStep.FEDERATION_CONGRESS,
                LaborFederation.CONFERENCE_DAY));

        assertFigure(text, LaborFederation.CERTIFIED, "28");
        assertFigure(text, LaborFederation.ADMITTED, "23");
        // "được kết nạp vào Đảng 23 đồng chí, đạt 76% so với chỉ tiêu Nghị quyết Đại hội đề ra"
        assertThat(text).as(LaborFederation.ADMISSION_PERCENT.sentence())
                .containsPattern(Pattern.compile("Kết nạp 30 đảng viên mới trong nhiệm kỳ\\s+đảng viên\\s+30\\s+23\\s+76%"));
        // "sự có mặt của 62 đảng viên của 06 Chi bộ trực thuộc"
        assertThat(text).as(LaborFederation.ATTENDEES.sentence())
                .contains("sự có mặt của 62 đảng viên của 06 chi bộ")
                .contains("đến dự có đồng chí " + LaborFederation.GUEST.name() + ", " + LaborFederation.GUEST.title());
        assertFigure(text, LaborFederation.ATTENDEES, "62");
    }

    @Test
    void theReportPageShowsTheConferenceBesideTheFigures() throws Exception {
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
        MvcTestResult page = mvc.get().uri("/units/{id}/reports/figures?kind=MID_TERM&from=2015-04-22&to=2018-02-02",
                demo.laborFederation().value()).exchange();
        assertThat(page).hasStatusOk();
        String html = HtmlUtils.htmlUnescape(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html).as(LaborFederation.ATTENDEES.sentence()).contains("sự có mặt của 62 đảng viên của 06 chi bộ",
                LaborFederation.GUEST.name());
    }

    /** "- <the measure's label>: <value>." as the report's figure lines read. */
    private void assertFigure(String text, Measured figure, String value) {
        String label = messages.getMessage("target.measure." + figure.measureCode(), null, VI);
        assertThat(text).as(figure.sentence()).containsPattern(Pattern.compile(
                "- " + Pattern.quote(label) + ": " + Pattern.quote(value) + "[ .(]"));
    }

    private String word(UnitId unit, ReportPeriod period) throws IOException {
        ReportModel model = reports.model(unit, period, Optional.empty());
        byte[] docx = reports.render(model, ReportDraft.blank(unit, period), Reports.Format.DOCX);
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
