package vn.dangvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dangvu.extraction.Extraction.Figure;
import vn.dangvu.platform.RuleViolation;

class ReportReaderTest {

    private final ReportExtractor extractor = new ReportExtractor(new ExtractionSettings(null, null));

    static String sample() throws IOException {
        try (InputStream in = ReportReaderTest.class.getResourceAsStream("/extraction/tuning/t01.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean admitted77(Extraction e) {
        return e.figures().stream().anyMatch(f -> f.kind().equals("members.admitted")
                && f.value().intValue() == 77 && f.of().intValue() == 110 && f.percent().intValue() == 70);
    }

    @Test
    void spacingTyposThatHideACountAreMendedAndNothingElseMoves() {
        assertThat(ReportReader.spaced("Toàn Đảng bộ kết nạp 41đảng viên, trong đó 12đ/c là nữ."))
                .isEqualTo("Toàn Đảng bộ kết nạp 41 đảng viên, trong đó 12 đ/c là nữ.");
        assertThat(ReportReader.spaced("cho 97 quần chúng ưu tú,95 quần chúng được cấp giấy chứng nhận; đạt 98,4%;mở 03 lớp"))
                .isEqualTo("cho 97 quần chúng ưu tú, 95 quần chúng được cấp giấy chứng nhận; đạt 98,4%; mở 03 lớp");
        String untouched = "Lớp 12A1 có 1,5 triệu đồng; Số 04-CTr/ĐU ngày 18/7/2025, COVID-19, 1.387 đảng viên, 20m2.";
        assertThat(ReportReader.spaced(untouched)).isEqualTo(untouched);
    }

    @Test
    void tcvn3AndVniRoundTripEveryVietnameseLetter() {
        String letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        for (LegacyEncoding e : LegacyEncoding.values()) {
            assertThat(e.decode(e.encode(letters))).as(e.name()).isEqualTo(letters);
        }
        String upper = letters.toUpperCase();
        assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(upper))).isEqualTo(upper);
        assertThat(LegacyEncoding.TCVN3.encode("Đảng")).isEqualTo("\u00a7\u00b6ng");
        assertThat(LegacyEncoding.VNI.encode("Đảng")).isEqualTo("\u00d1a\u00fbng");
    }

    @Test
    void legacyFilesAreDetectedAndConvertedToTheSameFacts() throws IOException {
        String unicode = sample();
        Extraction expected = extractor.readText(unicode);
        for (LegacyEncoding e : LegacyEncoding.values()) {
            String legacy = e.encode(unicode);
            assertThat(LegacyEncoding.detect(legacy)).as(e.name()).isEqualTo(e);
            Extraction read = extractor.read(legacy.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(read.legacyEncoding()).isEqualTo(e.name());
            // TCVN3 keeps upper-case letters in other fonts: the headline reads in lower case, the figures the same.
            assertThat(read.figures()).extracting(Figure::kind, Figure::value)
                    .isEqualTo(expected.figures().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.kind(), f.value())).toList());
        }
        assertThat(LegacyEncoding.detect(unicode)).isNull();
    }

    @Test
    void decomposedUnicodeIsReadAsComposedAndOffsetsReferToTheComposedText() throws IOException {
        String nfd = Normalizer.normalize(sample(), Normalizer.Form.NFD);
        Extraction e = extractor.read(nfd.getBytes(StandardCharsets.UTF_8));
        assertThat(Normalizer.isNormalized(e.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(admitted77(e)).isTrue();
        for (Figure f : e.figures()) {
            assertThat(e.text().substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void wordFilesAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : sample().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        Extraction e = extractor.read(out.toByteArray());
        assertThat(e.format()).isEqualTo("docx");
        assertThat(admitted77(e)).isTrue();
    }

    @Test
    void htmlTablesKeepTheirCellsSpansAndEmptyCells() {
        String html = """
                <html><body><form action="/x"><div class="news-body">
                <p>Biểu 01. Đảng viên và kết nạp năm 2025</p>
                <table><tr><td rowspan="2">TT</td><td rowspan="2">Tổ chức cơ sở đảng</td><td rowspan="2">Số đảng viên</td>
                <td colspan="2">Kết nạp đảng viên</td><td rowspan="2">Ghi chú</td></tr>
                <tr><td>Kế hoạch</td><td>Thực hiện</td></tr>
                <tr><td>1</td><td>Đảng bộ Văn phòng</td><td>142<br><em>(dự bị: 6)</em></td><td>4</td><td>5</td><td></td></tr>
                <tr><td>2</td><td>Chi bộ Ban Tổ chức</td><td>41</td><td>1</td><td></td><td>Mới hợp nhất</td></tr>
                <tr><td></td><td><strong>Cộng</strong></td><td>183</td><td>5</td><td>5</td><td></td></tr>
                </table></div></form></body></html>
                """;
        Extraction e = extractor.read(html.getBytes(StandardCharsets.UTF_8));
        assertThat(e.text()).contains("""
                | TT | Tổ chức cơ sở đảng | Số đảng viên | Kết nạp đảng viên | Kết nạp đảng viên | Ghi chú |
                | | | | Kế hoạch | Thực hiện | |
                | 1 | Đảng bộ Văn phòng | 142 (dự bị: 6) | 4 | 5 | |
                | 2 | Chi bộ Ban Tổ chức | 41 | 1 | | Mới hợp nhất |
                | | Cộng | 183 | 5 | 5 | |""");
        // the plan's column gives nothing; an empty cell is no figure; the heading over two rows says "Thực hiện" admits
        assertThat(e.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("members.atDate=142", "members.admitted=5", "members.atDate=41",
                        "members.atDate=183", "members.admitted=5");
    }

    @Test
    void wordTablesAndTabSeparatedLinesKeepTheirCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Bảng 1. Kết quả xếp loại năm 2025");
            var table = doc.createTable(3, 4);
            String[][] cells = {{"Đối tượng", "HTXSNV", "HTTNV", "KHTNV"}, {"Đảng viên", "52", "410", ""},
                    {"Tổ chức cơ sở đảng", "3", "21", "1"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        Extraction e = extractor.read(out.toByteArray());
        assertThat(e.text()).contains("| Đảng viên | 52 | 410 | |");
        assertThat(e.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("ratings.members.excellent=52", "ratings.organizations.excellent=3",
                        "ratings.organizations.failed=1");

        // Cells copied from a spreadsheet: tabs set them apart where a run of lines has two tabs on one line; one tab
        // after a list marker, or alone between a label and its value, is a space.
        Extraction tabs = extractor.readText("""
                1.\tKết nạp đảng viên
                Chi bộ\tSố đảng viên\tKết nạp
                Thôn 1\t45\t2
                Thôn 2\t38\t\t

                - Tổng số\t83 đồng chí
                - Chính thức\t80 đồng chí
                """);
        assertThat(tabs.text()).contains("1. Kết nạp đảng viên\n| Chi bộ | Số đảng viên | Kết nạp |\n| Thôn 1 | 45 | 2 |\n"
                + "| Thôn 2 | 38 |\n\n- Tổng số 83 đồng chí\n- Chính thức 80 đồng chí");
    }

    @Test
    void cellsThatWriteTheirUnitsAreReadAsTheRowsValuesAndAlignedColumnsAsCells() {
        Extraction worded = extractor.readText("""
                ĐẢNG CỘNG SẢN VIỆT NAM
                Biểu 02. Một số kết quả khác
                TT | Nội dung | Kết quả năm 2025 | Kế hoạch năm 2026
                1 | Ủy ban Kiểm tra Đảng ủy kiểm tra tổ chức đảng | 5 tổ chức | 6 tổ chức
                2 | Ủy ban Kiểm tra Đảng ủy kiểm tra đảng viên | 9 đồng chí | 10 đồng chí
                3 | Thu đảng phí (triệu đồng) | 486,2 | 490
                """);
        assertThat(worded.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("inspection.organizations=5", "inspection.members=9");

        Extraction aligned = extractor.readText("""
                ĐẢNG CỘNG SẢN VIỆT NAM
                Chỉ tiêu                    Đầu năm     Tăng     Giảm     Cuối năm
                Tổng số đảng viên              41         4        3          42
                  - Chính thức                 38         5        3          40
                """);
        // both dates are figures, the changes mix their causes, "Chính thức" is the part of the row above
        assertThat(aligned.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("members.atDate=41", "members.atDate=42", "members.officialAtDate=38",
                        "members.officialAtDate=40");
    }

    @Test
    void rowsNamedAfterUnitsAreTheUnitsAndTheCaptionMaySitAboveAnEmptyLine() {
        Extraction e = extractor.readText("""
                ĐẢNG CỘNG SẢN VIỆT NAM
                I. BIỂU SỐ 02-TCTW: BIẾN ĐỘNG ĐẢNG VIÊN

                TT\tTổ chức cơ sở đảng\tĐầu năm\tKết nạp\tCuối năm
                1\tChi bộ Công ty CP Xi măng Phúc Sơn Hải Dương\t47\t3\t48
                2\tChi bộ Công ty CP Bia Hà Nội – Hải Dương\t38\t1\t37
                \tCộng\t85\t4\t85
                """);
        // each row is one branch: its cells count its members, never branches; both dates are figures
        assertThat(e.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("members.atDate=47", "members.atDate=48", "members.atDate=38", "members.atDate=37",
                        "members.atDate=85", "members.atDate=85", "members.admitted=3", "members.admitted=1", "members.admitted=4");
    }

    @Test
    void aRatingsTableRatesWhatItsCountColumnNamesWhateverItsRowsAre() {
        Extraction e = extractor.readText("""
                ĐẢNG CỘNG SẢN VIỆT NAM
                Biểu 2
                | TT | Loại hình tổ chức cơ sở đảng | Số đảng viên được xếp loại | HTXSNV | HTTNV | KHTNV |
                | 1 | Chi bộ tổ dân phố | 1.126 | 98 | 902 | 8 |
                | 2 | Trường học | 197 | 30 | 158 | |
                """);
        assertThat(e.figures()).extracting(f -> f.kind() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("ratings.members.excellent=98", "ratings.members.failed=8",
                        "ratings.members.excellent=30");
    }

    @Test
    void pdfTextLayersAreRead() throws IOException {
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.exists(font), "needs the DejaVu font (Debian fonts-dejavu-core) to write Vietnamese into a PDF");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(f, 11);
                s.newLineAtOffset(40, 700);
                s.showText("Ngày 12/6/2018, Đảng ủy các Khu Chế xuất tổ chức Hội nghị sơ kết.");
                s.newLineAtOffset(0, -16);
                s.showText("Đảng ủy đã kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ.");
                s.endText();
            }
            doc.save(out);
        }
        Extraction e = extractor.read(out.toByteArray());
        assertThat(e.format()).isEqualTo("pdf");
        assertThat(admitted77(e)).isTrue();
    }

    @Test
    void htmlPagesAreReadWithoutScriptsAndWithTheirFurnitureRecognized() {
        String html = """
                <!DOCTYPE html><html><head><title>x</title><script>var a = "kết nạp 99 đảng viên";</script></head>
                <body><h1>Đảng ủy phường sơ kết</h1><div class="meta">Lượt xem: 1.024</div>
                <p>Ngày 06/7/2023, Đảng ủy phường An Lạc tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.</p>
                <p>Đảng bộ đã kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ.</p>
                <p>Tin liên quan</p><ul><li>Chi bộ kết nạp 5 đảng viên</li></ul></body></html>
                """;
        Extraction e = extractor.read(html.getBytes(StandardCharsets.UTF_8));
        assertThat(e.format()).isEqualTo("html");
        assertThat(e.text()).doesNotContain("99").doesNotContain("<p>");
        assertThat(e.figures()).extracting(Figure::kind).containsExactly("members.admitted");
        assertThat(e.furniture()).extracting(Extraction.Furniture::kind).contains("counter", "related");
        assertThat(e.events()).extracting(Extraction.Event::kind, Extraction.Event::date)
                .contains(org.assertj.core.groups.Tuple.tuple("review.halfYear", LocalDate.of(2023, 7, 6)));
    }

    @Test
    void theSamplesGiveUnitSuperiorTermEventPeopleAndDocuments() throws IOException {
        Extraction e = extractor.readText(sample());
        assertThat(e.unit().value()).isEqualTo("Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ");
        assertThat(e.terms()).extracting(Extraction.Mention::value).contains("2016 – 2020", "khóa XII");
        assertThat(e.events()).extracting(Extraction.Event::kind, Extraction.Event::date)
                .contains(org.assertj.core.groups.Tuple.tuple("review.midTerm", LocalDate.of(2018, 6, 12)));
        assertThat(e.people()).hasSize(1);
        assertThat(e.people().getFirst().name()).isEqualTo("Mai Thanh Dân");
        assertThat(e.people().getFirst().titles())
                .containsExactly("Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy Cần Thơ");
        assertThat(e.superior().value()).isEqualTo("Thành ủy Cần Thơ");
        assertThat(e.furniture()).extracting(Extraction.Furniture::kind).contains("timestamp", "caption", "byline", "counter");

        try (InputStream in = getClass().getResourceAsStream("/extraction/tuning/t02.txt")) {
            Extraction l = extractor.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(l.furniture()).extracting(Extraction.Furniture::kind).contains("banner", "byline");
            assertThat(l.documents()).hasSize(1);
            var d = l.documents().getFirst();
            assertThat(d.kind()).isEqualTo("Hướng dẫn");
            assertThat(d.number()).isEqualTo("05");
            assertThat(d.date()).isEqualTo(LocalDate.of(2017, 11, 21));
            assertThat(d.issuer()).isEqualTo("Đảng ủy khối cơ quan Dân Chính Đảng Cần Thơ");
            assertThat(l.superior().value()).isEqualTo("Đảng ủy khối cơ quan Dân Chính Đảng Cần Thơ");
            assertThat(l.unit().value()).isEqualTo("Đảng ủy Liên đoàn Lao động thành phố");
        }
    }

    @Test
    void numbersInWordsAndQualifiersAreRead() {
        Extraction e = extractor.readText("Tin\n\nNăm qua, Đảng ủy kết nạp ba mươi hai đảng viên; nhân dân đóng góp gần 05 tỷ đồng.");
        assertThat(e.figures()).extracting(Figure::kind, f -> f.value().toPlainString(), Figure::qualifier).containsExactly(
                org.assertj.core.groups.Tuple.tuple("members.admitted", "32", null),
                org.assertj.core.groups.Tuple.tuple("money.raised", "5000000000", "gần"));
        assertThat(FigureRules.words("mot tram linh nam")).isEqualTo(105);
    }

    @Test
    void badFilesAreRefusedWithTheirRule() throws IOException {
        assertRefused(new byte[0], "extraction.readable", "extraction.rule.empty");
        assertRefused("   \n  ".getBytes(StandardCharsets.UTF_8), "extraction.readable", "extraction.rule.empty");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0},
                "extraction.supported-format", "extraction.rule.binary");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "extraction.supported-format",
                "extraction.rule.legacy-doc");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip.toByteArray(), "extraction.supported-format", "extraction.rule.zip-not-docx");
        ByteArrayOutputStream fakeDocx = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(fakeDocx)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("not xml at all".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(fakeDocx.toByteArray(), "extraction.readable", "extraction.rule.broken");
        assertRefused("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII), "extraction.readable", "extraction.rule.broken");
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank);
        }
        assertRefused(blank.toByteArray(), "extraction.readable", "extraction.rule.pdf-no-text");
        ReportExtractor small = new ReportExtractor(new ExtractionSettings(1024L, null));
        assertThatThrownBy(() -> small.read(new byte[2048]))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("extraction.rule.too-large"));
    }

    private void assertRefused(byte[] bytes, String rule, String key) {
        assertThatThrownBy(() -> extractor.read(bytes)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
