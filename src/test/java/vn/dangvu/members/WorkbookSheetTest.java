package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streaming reader: cells as text, dates as ISO, the sheet by name, the row limit, damaged files. */
class WorkbookSheetTest {

    final List<Path> files = new ArrayList<>();

    @AfterEach
    void delete() throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    Path workbook(boolean decoyFirst) throws IOException {
        Path file = Files.createTempFile("sheet-", ".xlsx");
        files.add(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (decoyFirst) {
                wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("không phải dữ liệu");
            }
            Sheet sheet = wb.createSheet("Đảng viên");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = sheet.createRow(0);
            r.createCell(0).setCellValue("Họ và tên");
            r.createCell(2).setCellValue(LocalDate.of(1985, 3, 12));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(79085001234d);      // an identity number typed as a number
            r.createCell(4).setCellValue(2.5);
            r.createCell(5).setCellValue(true);
            r.createCell(6).setCellValue("  ");
            sheet.createRow(2).createCell(1).setCellValue("02/09/2025");   // row 2 is left empty
            wb.write(out);
        }
        return file;
    }

    List<String> read(Path file, int maxRows) throws Exception {
        List<String> rows = new ArrayList<>();
        WorkbookSheet.read(file, "Đảng viên", 6, maxRows, (n, cells) -> rows.add(n + " " + Arrays.toString(cells)));
        return rows;
    }

    @Test
    void cellsComeAsTextWithDatesInIsoAndNumbersInFull() throws Exception {
        assertThat(read(workbook(true), 10)).containsExactly(
                "1 [Họ và tên, null, 1985-03-12, 79085001234, 2.5, TRUE]",
                "3 [null, 02/09/2025, null, null, null, null]");
    }

    @Test
    void theLastRowTheSheetDeclaresIsToldBeforeItsRows() throws Exception {
        List<String> seen = new ArrayList<>();
        WorkbookSheet.read(workbook(false), "Đảng viên", 6, 10, new WorkbookSheet.RowHandler() {
            @Override
            public void row(int number, String[] cells) {
                seen.add("row " + number);
            }

            @Override
            public void declaredLastRow(int number) {
                seen.add("declared " + number);
            }
        });
        assertThat(seen).containsExactly("declared 3", "row 1", "row 3");
    }

    @Test
    void theFirstSheetIsReadWhenNoneHasTheName() throws Exception {
        List<String> rows = new ArrayList<>();
        WorkbookSheet.read(workbook(true), "Danh sách", 1, 10, (n, cells) -> rows.add(cells[0]));
        assertThat(rows).containsExactly("không phải dữ liệu");
    }

    @Test
    void readingStopsPastTheRowLimit() throws Exception {
        Path file = workbook(false);
        assertThat(read(file, 2)).hasSize(2);
        assertThatThrownBy(() -> read(file, 1)).isInstanceOf(WorkbookSheet.TooManyRows.class);
    }

    @Test
    void whatIsNoWorkbookIsUnreadable() throws Exception {
        Path text = Files.createTempFile("sheet-", ".xlsx");
        files.add(text);
        Files.writeString(text, "Họ và tên,Giới tính\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(text, 10)).isInstanceOf(WorkbookSheet.Unreadable.class);
    }

    @Test
    void anExceptionOfTheCallerStopsTheReaderAndComesBackAsItWas() throws Exception {
        Path file = workbook(false);
        assertThatThrownBy(() -> WorkbookSheet.read(file, "Đảng viên", 6, 10, (n, cells) -> {
            throw new IllegalArgumentException("mine");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("mine");
    }

    @Test
    void datesArePeoplesWaysOfWritingThem() {
        assertThat(MemberWorkbook.parseDate("02/09/2025")).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(MemberWorkbook.parseDate("2/9/2025")).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(MemberWorkbook.parseDate("02-09-2025")).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(MemberWorkbook.parseDate("02.09.2025")).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(MemberWorkbook.parseDate("2025-09-02")).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(MemberWorkbook.parseDate("31/02/2025")).isNull();
        assertThat(MemberWorkbook.parseDate("09/2025")).isNull();
        assertThat(MemberWorkbook.parseDate("02/09/25")).isNull();
        assertThat(MemberWorkbook.parseDate("ngày 2/9")).isNull();
        assertThat(MemberWorkbook.parseDate("12345/1/1")).isNull();
    }

    @Test
    void dateNumbersGiveTheDaysExcelMeans() {
        for (double n : new double[] {1, 59, 60, 61, 62, 365.5, 36526, 45000, 45000.25, 45000.9999999, 2_958_465,
                2_958_465.5}) {
            assertThat(WorkbookSheet.excelDate(n)).as("%s", n)
                    .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(n).toLocalDate().toString());
        }
        for (int n = 1; n <= 80_000; n += 7) {
            assertThat(WorkbookSheet.excelDate(n))
                    .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(n).toLocalDate().toString());
        }
    }

    /** What number cells read as before the digits' shortcut: every text parses as a double first. */
    private static String parsedAsDouble(String text, boolean dateStyle) {
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
        if (dateStyle && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(number)) {
            return WorkbookSheet.excelDate(number);
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    @Test
    void numberCellsReadTheSameWithTheDigitsShortcut() {
        List<String> texts = new ArrayList<>(List.of("0", "7", "00", "012", "079085001234", "79085001234",
                "999999999999999", "1000000000000000", "12345678901234567", "-5", "+5", "3.0", "2.5", "1E3", "1.5E-3",
                "45000", "45000.25", "0.1", "", " 12", "12 ", "1_000", "0x1p3", "٣"));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2_000; i++) {
            texts.add(Long.toString(random.nextLong(1, 3_000_000)));
            texts.add(Long.toString(random.nextLong(100_000_000_000L, 999_999_999_999L)));
        }
        for (String text : texts) {
            for (boolean dateStyle : new boolean[] {false, true}) {
                assertThat(WorkbookSheet.numberText(text, dateStyle)).as("%s, date style %s", text, dateStyle)
                        .isEqualTo(parsedAsDouble(text, dateStyle));
            }
        }
        // a number cell that is no finite number is refused as before: the reader reports the file unreadable
        for (String text : List.of("NaN", "Infinity", "-Infinity")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookSheet.numberText(text, false))
                    .isInstanceOf(NumberFormatException.class);
        }
    }
}
