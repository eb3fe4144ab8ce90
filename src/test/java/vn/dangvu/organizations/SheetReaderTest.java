package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    private static final Map<String, UnitColumn> HEADERS = Map.of(
            SheetReader.headerKey("Mã"), UnitColumn.CODE,
            SheetReader.headerKey("Tên tổ chức"), UnitColumn.NAME,
            SheetReader.headerKey("Loại"), UnitColumn.TYPE,
            SheetReader.headerKey("Mã cấp trên"), UnitColumn.SUPERIOR,
            SheetReader.headerKey("Ngày thành lập (dd/mm/yyyy)"), UnitColumn.ESTABLISHED);

    private final SheetReader reader = new SheetReader(HEADERS, Set.of(SheetReader.headerKey("Tổ chức")), 3);

    @Test
    void readsTheUnitsSheetByHeaderWithDateCellsAsDayMonthYear() throws IOException {
        byte[] file;
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Ghi chép");
            Sheet sheet = workbook.createSheet("Tổ chức");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Danh sách tổ chức");
            Row header = sheet.createRow(2);
            String[] headers = {"Ngày thành lập", "ma", "Ten to chuc", "Loại", "Mã cấp trên", "Cột thêm"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(LocalDate.of(1930, 2, 3));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue(42);
            row.createCell(2).setCellValue("  Chi bộ 1 ");
            row.createCell(5).setCellValue("bỏ qua");
            sheet.createRow(4).createCell(1).setCellValue(" ");
            Row text = sheet.createRow(6);
            text.createCell(0).setCellValue("31/12/2020");
            text.createCell(1).setCellValue("X");
            file = bytes(workbook);
        }

        var rows = reader.read(file);

        assertThat(rows).extracting(SheetReader.Row::number).containsExactly(4, 7);
        assertThat(rows.get(0).cells()).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnitColumn.ESTABLISHED, "03/02/1930", UnitColumn.CODE, "42", UnitColumn.NAME, "Chi bộ 1"));
        assertThat(rows.get(1).text(UnitColumn.ESTABLISHED)).isEqualTo("31/12/2020");
    }

    @Test
    void refusesFilesThatAreNotReadableWorkbooks() {
        assertProblem(new byte[0], "workbook.file.empty");
        assertProblem("Mã;Tên\nA;B".getBytes(), "workbook.file.not-xlsx");
        assertProblem(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "workbook.file.xls");
        assertProblem(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5}, "workbook.file.broken");
    }

    @Test
    void refusesWorkbooksWithoutHeaderOrRowsOrWithTooManyRows() throws IOException {
        assertProblem(workbook(new String[] {"Họ tên", "Ngày sinh"}, 1), "workbook.file.no-header");
        assertProblem(workbook(new String[] {"Mã", "Tên tổ chức"}, 1), "workbook.file.missing-columns");
        assertProblem(workbook(new String[] {"Mã", "Tên tổ chức", "Loại", "Mã cấp trên", "Ngày thành lập"}, 0),
                "workbook.file.no-rows");
        assertProblem(workbook(new String[] {"Mã", "Tên tổ chức", "Loại", "Mã cấp trên", "Ngày thành lập"}, 4),
                "workbook.file.too-many-rows");
        assertThat(reader.read(workbook(new String[] {"Mã", "Tên tổ chức", "Loại", "Mã cấp trên", "Ngày thành lập"}, 3)))
                .hasSize(3);
    }

    @Test
    void bytesAfterTheZipSignatureMustStillBeAWorkbook() throws IOException {
        byte[] file = workbook(new String[] {"Mã", "Tên tổ chức", "Loại", "Mã cấp trên", "Ngày thành lập"}, 1);
        assertProblem(Arrays.copyOf(file, file.length / 2), "workbook.file.broken");
    }

    private static byte[] workbook(String[] headers, int rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Tổ chức");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue("U" + r);
            }
            return bytes(workbook);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private void assertProblem(byte[] file, String key) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(WorkbookProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo(key));
    }
}
