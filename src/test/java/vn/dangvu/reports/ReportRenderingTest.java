package vn.dangvu.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.reports.ReportModel.Column;
import vn.dangvu.reports.ReportModel.Consolidation;
import vn.dangvu.reports.ReportModel.Figure;
import vn.dangvu.reports.ReportModel.Section;
import vn.dangvu.reports.ReportModel.SubordinateRow;
import vn.dangvu.reports.ReportModel.TargetRow;
import vn.dangvu.reports.ReportModel.TargetsTable;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.SummaryLine;

/** The three files drawn from a model written by hand, read back with POI and PDFBox. */
class ReportRenderingTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages/reports", "messages/targets");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static ReportModel model() {
        ProgressSettings s = ProgressSettings.DEFAULT;
        var members = new Section("members", List.of(
                new Figure("members.atDate", "target.measure.members.atDate", MeasureKind.STOCK, 611, 0, BigDecimal.valueOf(611)),
                new Figure("members.admitted", "target.measure.members.admitted", MeasureKind.FLOW, 77, 0, BigDecimal.valueOf(77))));
        var organization = new Section("organization", List.of(
                new Figure("units.received", "target.measure.units.received", MeasureKind.FLOW, 1, 0, BigDecimal.ONE),
                new Figure("units.dissolved", "target.measure.units.dissolved", MeasureKind.FLOW, 2, 0, BigDecimal.valueOf(2)),
                new Figure("units.grassroots", "target.measure.units.grassroots", MeasureKind.STOCK, 23, 0, BigDecimal.valueOf(23))));
        var training = new Section("training", List.of(new Figure("training.attendance", "target.measure.training.attendance",
                MeasureKind.SHARE, 97, 100, BigDecimal.valueOf(97))));
        var rows = List.of(
                new TargetRow(1, "Kết nạp đảng viên mới", "đảng viên", Quantity.COUNT, false, BigDecimal.valueOf(110),
                        BigDecimal.valueOf(77), BigDecimal.valueOf(70), Verdict.IN_PROGRESS),
                new TargetRow(2, "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên", null, Quantity.PERCENT, false,
                        BigDecimal.valueOf(90), BigDecimal.valueOf(95), BigDecimal.valueOf(106), Verdict.EXCEEDED),
                new TargetRow(3, "Số đảng viên bị kỷ luật", "đảng viên", Quantity.COUNT, true, BigDecimal.valueOf(3),
                        BigDecimal.ONE, BigDecimal.valueOf(300), Verdict.EXCEEDED));
        var summary = SummaryLine.of(rows.stream().map(TargetRow::percent).toList(), s);
        var consolidation = new Consolidation(
                List.of(new Column("members.atDate", "target.measure.members.atDate", MeasureKind.STOCK),
                        new Column("training.attendance", "target.measure.training.attendance", MeasureKind.SHARE)),
                List.of(new SubordinateRow("A", "Đảng bộ Công ty Xi măng Tây Đô", List.of(BigDecimal.valueOf(400), BigDecimal.valueOf(96))),
                        new SubordinateRow("B", "Chi bộ Cảng Cái Cui", java.util.Arrays.asList(BigDecimal.valueOf(211), null))),
                List.of(BigDecimal.valueOf(611), BigDecimal.valueOf(96)));
        return new ReportModel(new ReportModel.Unit(1, "KCX", "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, 9L, "Thành ủy Cần Thơ"),
                new ReportPeriod(ReportKind.MID_TERM, LocalDate.of(2016, 5, 19), LocalDate.of(2018, 6, 12)),
                new ReportModel.Term(2016, 2020, "I"), List.of(members, organization, training),
                Optional.of(new TargetsTable("Nghị quyết Đại hội Đảng bộ lần thứ I", rows, summary)),
                Optional.of(consolidation), s);
    }

    static ReportDraft draft() {
        return new ReportDraft(7, new UnitId(1), model().period(), 12, "Cần Thơ", LocalDate.of(2018, 2, 2), null,
                "Nguyễn Thị Hường", "Bí thư", List.of("Ban Tổ chức Thành ủy", "Các chi, đảng bộ trực thuộc"),
                "Đảng ủy đã tổ chức được 12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XII).",
                "Công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước còn khó khăn.",
                "Tiếp tục phối hợp với lãnh đạo doanh nghiệp thực hiện tốt các chính sách đối với người lao động.",
                false, Instant.EPOCH);
    }

    static ReportDocument document() {
        return ReportDocument.of(model(), draft(), MESSAGES);
    }

    @Test
    void wordDocumentHasTheHeaderTitleTargetsAndSignature() throws Exception {
        byte[] bytes = DocxWriter.write(document());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-sample.docx"), bytes);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable header = d.getTables().getFirst();
            String left = header.getRow(0).getCell(0).getText();
            String right = header.getRow(0).getCell(1).getText();
            assertThat(left).contains("THÀNH ỦY CẦN THƠ", "ĐẢNG ỦY CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP CẦN THƠ", "*",
                    "Số 12-BC/ĐU");
            assertThat(right).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 02 tháng 02 năm 2018");
            var party = header.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst();
            assertThat(party.isBold()).isTrue();
            assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
            var date = header.getRow(0).getCell(1).getParagraphs().get(1).getRuns().getFirst();
            assertThat(date.isItalic()).isTrue();

            List<String> paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO",
                    "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ các Khu Chế xuất và Công nghiệp Cần Thơ lần thứ I nhiệm kỳ 2016 - 2020",
                    "- Tổng số đảng viên: 611.", "- Số đảng viên mới được kết nạp: 77.",
                    "Nghị quyết Đại hội Đảng bộ lần thứ I: 2/3 chỉ tiêu đạt 100% trở lên, 1 chỉ tiêu đạt trên 60%.");

            XWPFTable targets = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("TT")
                    && t.getRow(0).getCell(1).getText().equals("Chỉ tiêu")).findFirst().orElseThrow();
            assertThat(targets.getRow(0).isRepeatHeader()).isTrue();
            assertThat(targets.getRow(1).getTableCells().stream().map(c -> c.getText()).toList())
                    .containsExactly("1", "Kết nạp đảng viên mới", "đảng viên", "110", "77", "70%",
                            "Đang trong lộ trình", "");
            assertThat(targets.getRow(3).getCell(3).getText()).isEqualTo("≤ 3");
            assertThat(targets.getRow(3).getCell(7).getText()).isEqualTo("Càng thấp càng tốt");
            assertThat(d.getAllPictures()).hasSize(1);

            XWPFTable sign = d.getTables().getLast();
            assertThat(sign.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Ban Tổ chức Thành ủy,",
                    "- Lưu Văn phòng Đảng ủy.");
            assertThat(sign.getRow(0).getCell(1).getText()).contains("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Thị Hường");
        }
    }

    @Test
    void pdfKeepsVietnameseWordsIntact() throws Exception {
        byte[] bytes = PdfWriter.write(document());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-sample.pdf"), bytes);
        try (var pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            String flat = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(flat).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 02 tháng 02 năm 2018", "BÁO CÁO",
                    "Số 12-BC/ĐU", "Đang trong lộ trình", "T/M ĐẢNG ỦY", "Nguyễn Thị Hường",
                    "Tổng số đảng viên: 611", "phối hợp với lãnh đạo doanh nghiệp", "Lưu Văn phòng Đảng ủy");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            var fonts = pdf.getPage(0).getResources().getFontNames();
            var names = new java.util.ArrayList<String>();
            fonts.forEach(n -> {
                try {
                    names.add(pdf.getPage(0).getResources().getFont(n).getName());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(names).allMatch(n -> n.contains("LiberationSerif"));
        }
    }

    @Test
    void workbookHoldsFiguresTargetsAndSubordinatesAsNumbers() throws Exception {
        byte[] bytes = XlsxWriter.write(model(), MESSAGES);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            var figures = wb.getSheetAt(0);
            var rows = new java.util.ArrayList<String>();
            figures.forEach(r -> rows.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
            assertThat(rows).contains("Tổng số đảng viên", "CÔNG TÁC ĐẢNG VIÊN");
            var total = java.util.stream.StreamSupport.stream(figures.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Tổng số đảng viên"))
                    .findFirst().orElseThrow();
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(611.0);
            var targets = wb.getSheetAt(1);
            assertThat(targets.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Tỷ lệ % so với Nghị quyết");
            assertThat(targets.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(77.0);
            assertThat(targets.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Đang trong lộ trình");
            var subs = wb.getSheetAt(2);
            assertThat(subs.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đảng bộ Công ty Xi măng Tây Đô");
            assertThat(subs.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(611.0);
        }
    }

    @Test
    void chartIsAPngWithARowPerTarget() throws Exception {
        byte[] png = ReportChart.png(model().targets().orElseThrow().rows(), ProgressSettings.DEFAULT);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ReportChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportChart.height(3));
    }

    @Test
    void everyTextIsNfc() {
        var doc = document();
        var texts = doc.body().stream().map(b -> switch (b) {
            case ReportDocument.Heading h -> h.text();
            case ReportDocument.Paragraph p -> p.text();
            case ReportDocument.Item i -> i.text();
            case ReportDocument.Table t -> t.rows().stream().flatMap(List::stream).collect(Collectors.joining(" "));
            case ReportDocument.Chart c -> "";
        }).toList();
        assertThat(texts).allMatch(t -> java.text.Normalizer.isNormalized(t, java.text.Normalizer.Form.NFC));
    }
}
