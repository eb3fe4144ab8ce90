package vn.dangvu.members;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Member workbooks as people fill them in: text cells, and real date cells where a {@link LocalDate} is given. */
public final class WorkbookFiles {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hòa",
            "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
            "Tú", "Vân", "Yến", "Sẵn", "Ánh", "Bảo"};
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 400_000));

    private WorkbookFiles() {
    }

    /** A unique, valid identity number for the sex and year of birth, from the given province. */
    static String identity(String province, Sex sex, LocalDate born) {
        int centuryCode = (born.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        return province + centuryCode + String.format("%02d", born.getYear() % 100)
                + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    /**
     * The cells of a generated member: official if admitted more than 13 months before {@code today},
     * probationary otherwise. {@code i} picks the name, sex and dates.
     */
    public static Object[] person(int i, String province, String branchCode, LocalDate today) {
        Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        String name = FAMILY[i % FAMILY.length] + " " + (sex == Sex.MALE ? MIDDLE_MALE : MIDDLE_FEMALE)[(i / 7) % 6]
                + " " + GIVEN[(i / 3) % GIVEN.length];
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays((i * 37L) % (40 * 365));
        boolean probationary = i % 5 == 0;
        LocalDate admitted = probationary ? today.minusMonths(4).minusDays(i % 60) : born.plusYears(22).plusDays(i % 300);
        LocalDate ceremony = admitted.plusDays(10);
        LocalDate official = probationary ? null : ceremony.plusMonths(12);
        LocalDate joined = probationary ? ceremony : official.plusYears(1);
        if (joined.isAfter(today)) {
            joined = today;
        }
        return new Object[] {name, sex == Sex.MALE ? "Nam" : "Nữ", born, "Kinh", "Không", "Cần Thơ",
                "Phường Ninh Kiều, TP Cần Thơ", identity(province, sex, born), "12/12", "Trung cấp", "Công chức",
                "Sở Nội vụ", String.format("%08d", i), "09" + String.format("%08d", i), null, branchCode, joined,
                admitted, ceremony, official};
    }

    static byte[] xlsx(List<Object[]> rows) {
        var out = new ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }

    public static Path xlsxFile(List<Object[]> rows) throws IOException {
        Path file = Files.createTempFile("members-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(rows, out);
        }
        return file;
    }

    /** With the shared strings table, as Excel itself saves a workbook. */
    private static void write(List<Object[]> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true)) {
            Sheet sheet = workbook.createSheet(MemberWorkbook.SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row heading = sheet.createRow(0);
            for (WorkbookColumn column : WorkbookColumn.values()) {
                heading.createCell(column.ordinal()).setCellValue(column.heading());
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    set(row, c, values[c], date);
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Row row, int column, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    static Workbook read(byte[] bytes) throws IOException {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
    }
}
