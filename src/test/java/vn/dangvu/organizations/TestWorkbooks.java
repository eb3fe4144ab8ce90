package vn.dangvu.organizations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds and reads small .xlsx files for tests, the way a person would fill in the template. */
public final class TestWorkbooks {

    public static final List<String> HEADERS = List.of("Mã", "Tên tổ chức", "Loại", "Mã cấp trên",
            "Ngày thành lập (dd/mm/yyyy)", "Số quyết định", "Ghi chú");

    private TestWorkbooks() {
    }

    /** A row's cells in the template's order; a {@link LocalDate} becomes a date cell, null an empty cell. */
    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    public static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(HEADERS, rows);
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Tổ chức");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(day);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a sheet as the text Excel shows, header included. */
    public static List<List<String>> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
