package vn.dangvu.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.training.TrainingViews.ClassView;
import vn.dangvu.training.TrainingViews.EnrolmentView;

/**
 * A class's register in Excel: the template lists the people enrolled, the import reads the filled-in
 * file back. The import is all or nothing: every row is checked first (the cell, then the rules of the
 * register), each refused cell gets a Vietnamese message naming its row and column, and nothing is
 * written unless every row is right.
 */
@Service
public class RegisterWorkbook {

    public static final String SHEET = "Điểm danh";
    public static final int MAX_ROWS = 5_000;
    static final int FIRST_ROW = 3;
    static final int ID = 1;
    static final int NAME = 2;
    static final int ATTENDED = 5;
    static final int COMPLETED = 6;
    static final int CERTIFICATE = 7;

    /** A refused cell (or row, with {@code column} null): its row as Excel numbers it, the cell, the message. */
    public record ImportError(int row, String column, String cell, String message) {
    }

    /** How many people the import recorded, or (then none) the refused cells. */
    public record ImportResult(int recorded, List<ImportError> errors) {

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private final TrainingDirectory directory;
    private final TrainingBook book;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RegisterWorkbook(TrainingDirectory directory, TrainingBook book, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.book = book;
        this.messages = messages;
    }

    /** The register to fill in; people the reader may not see today are listed by their number only. */
    public void writeTemplate(long classId, Predicate<UnitId> visible, OutputStream out, Locale locale) throws IOException {
        ClassView c = directory.find(classId).orElseThrow(() -> new NotFoundException("training class", classId));
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(c.title() + " (" + Labels.date(c.startsOn()) + " – " + Labels.date(c.endsOn()) + ")");
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(text("training.sheet.instructions", locale));
            Row header = sheet.createRow(2);
            String[] columns = {"no", "id", "name", "birth", "unit", "attended", "completed", "certificate"};
            for (int i = 0; i < columns.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text("training.sheet.column." + columns[i], locale));
                cell.setCellStyle(bold);
            }
            int r = FIRST_ROW;
            for (EnrolmentView e : directory.enrolments(classId)) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - FIRST_ROW + 1);
                row.createCell(ID).setCellValue(e.member().value());
                boolean shown = visible.test(e.unit());
                row.createCell(NAME).setCellValue(shown ? e.fullName() : text("training.hidden", locale));
                row.createCell(3).setCellValue(shown ? Labels.date(e.birthDate()) : "");
                row.createCell(4).setCellValue(shown ? e.unitName() : "");
                row.createCell(ATTENDED).setCellValue(e.attended() ? "x" : "");
                row.createCell(COMPLETED).setCellValue(e.completed() ? "x" : "");
                row.createCell(CERTIFICATE).setCellValue(e.certificateNumber() == null ? "" : e.certificateNumber());
                r++;
            }
            int[] widths = {6, 12, 30, 14, 34, 12, 14, 22};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
        }
    }

    /** Reads a filled-in register and records it, or records nothing and lists every refused cell. */
    public ImportResult importInto(long classId, InputStream in, Locale locale) {
        ClassView c = directory.find(classId).orElseThrow(() -> new NotFoundException("training class", classId));
        Map<MemberId, EnrolmentView> enrolled = new HashMap<>();
        directory.enrolments(classId).forEach(e -> enrolled.put(e.member(), e));
        List<ImportError> errors = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Sheet sheet;
        try (Workbook wb = new XSSFWorkbook(in)) {
            sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                return new ImportResult(0, List.of(new ImportError(0, null, null,
                        text("training.sheet.error.no-sheet", locale, SHEET))));
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new ImportResult(0, List.of(new ImportError(0, null, null,
                        text("training.sheet.error.too-many", locale, MAX_ROWS))));
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Set<MemberId> seen = new HashSet<>();
            TrainingClass training = c.training();
            LocalDate today = LocalDate.now(clock);
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, format)) {
                    continue;
                }
                int excelRow = r + 1;
                int before = errors.size();
                String idText = cell(row, ID, format);
                MemberId member = null;
                if (!idText.matches("\\d{1,18}")) {
                    errors.add(error(excelRow, ID, "training.sheet.error.id", locale, idText));
                } else {
                    member = new MemberId(Long.parseLong(idText));
                    if (!enrolled.containsKey(member)) {
                        errors.add(error(excelRow, ID, "training.sheet.error.not-enrolled", locale, idText));
                        member = null;
                    } else if (!seen.add(member)) {
                        errors.add(error(excelRow, ID, "training.sheet.error.twice", locale, idText));
                    }
                }
                Boolean attended = mark(cell(row, ATTENDED, format));
                if (attended == null) {
                    errors.add(error(excelRow, ATTENDED, "training.sheet.error.mark", locale, cell(row, ATTENDED, format)));
                }
                Boolean completed = mark(cell(row, COMPLETED, format));
                if (completed == null) {
                    errors.add(error(excelRow, COMPLETED, "training.sheet.error.mark", locale, cell(row, COMPLETED, format)));
                }
                if (errors.size() > before || member == null) {
                    continue;
                }
                Outcome outcome = new Outcome(member, attended, completed, cell(row, CERTIFICATE, format));
                try {
                    outcome.check(training, today, enrolled.get(member).fullName());
                    outcomes.add(outcome);
                } catch (RuleViolation v) {
                    int column = v.rule().equals(TrainingRule.CERTIFICATE_NUMBER.ruleName()) ? CERTIFICATE : COMPLETED;
                    errors.add(new ImportError(excelRow, text("training.sheet.column." + columnKey(column), locale),
                            new CellReference(r, column).formatAsString(),
                            messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale)));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation || unreadable instanceof NotFoundException) {
                throw (RuntimeException) unreadable;
            }
            return new ImportResult(0, List.of(new ImportError(0, null, null, text("training.sheet.error.unreadable", locale))));
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        try {
            book.record(classId, outcomes);
        } catch (RuleViolation v) {
            return new ImportResult(0, List.of(new ImportError(0, null, null,
                    messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale))));
        }
        return new ImportResult(outcomes.size(), List.of());
    }

    /** "x", "có", "1" for yes; blank, "không", "0" for no; anything else is refused (null). */
    static Boolean mark(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "x", "có", "co", "1", "yes", "✓" -> true;
            case "", "không", "khong", "0", "no", "-" -> false;
            default -> null;
        };
    }

    private static boolean isBlank(Row row, DataFormatter format) {
        for (int i : new int[] {ID, ATTENDED, COMPLETED, CERTIFICATE}) {
            if (!cell(row, i, format).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private ImportError error(int excelRow, int column, String key, Locale locale, Object... args) {
        return new ImportError(excelRow, text("training.sheet.column." + columnKey(column), locale),
                new CellReference(excelRow - 1, column).formatAsString(), text(key, locale, args));
    }

    private static String columnKey(int column) {
        return switch (column) {
            case ID -> "id";
            case NAME -> "name";
            case ATTENDED -> "attended";
            case COMPLETED -> "completed";
            default -> "certificate";
        };
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
