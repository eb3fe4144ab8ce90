package vn.dangvu.ratings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;
import vn.dangvu.ratings.RatingViews.BranchSheet;
import vn.dangvu.ratings.RatingViews.MemberRow;
import vn.dangvu.ratings.RatingViews.Saved;

/**
 * A branch's ratings as an Excel sheet: the template lists the branch's members with a column to
 * fill; the import reads it back all-or-nothing. Every bad row and column is reported (row number as
 * Excel shows it, the column's header, a message key with its arguments) and nothing is written
 * unless every row is right; the rating rules are then checked on the whole as one save.
 */
@Component
public class RatingWorkbook {

    /** One problem of an imported file; {@code row} 0 for the file as a whole. */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) {
    }

    /** What an import answered: the ratings written, or the problems (then nothing was written). */
    public record Outcome(Saved saved, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final String ID = "Mã hồ sơ";
    static final String NAME = "Họ và tên";
    static final String LEVEL = "Mức xếp loại";
    private static final int MAX_ROWS = 2_000;

    private final Ratings ratings;

    RatingWorkbook(Ratings ratings) {
        this.ratings = ratings;
    }

    /** Level names people type, folded: the full name, the short name or the code. */
    static final Map<String, RatingLevel> LEVEL_NAMES = Map.ofEntries(
            Map.entry(VietnameseText.fold("Hoàn thành xuất sắc nhiệm vụ"), RatingLevel.EXCELLENT),
            Map.entry(VietnameseText.fold("Xuất sắc"), RatingLevel.EXCELLENT),
            Map.entry(VietnameseText.fold("Hoàn thành tốt nhiệm vụ"), RatingLevel.GOOD),
            Map.entry(VietnameseText.fold("Tốt"), RatingLevel.GOOD),
            Map.entry(VietnameseText.fold("Hoàn thành nhiệm vụ"), RatingLevel.COMPLETED),
            Map.entry(VietnameseText.fold("Hoàn thành"), RatingLevel.COMPLETED),
            Map.entry(VietnameseText.fold("Không hoàn thành nhiệm vụ"), RatingLevel.FAILED),
            Map.entry(VietnameseText.fold("Không hoàn thành"), RatingLevel.FAILED),
            Map.entry("excellent", RatingLevel.EXCELLENT), Map.entry("good", RatingLevel.GOOD),
            Map.entry("completed", RatingLevel.COMPLETED), Map.entry("failed", RatingLevel.FAILED));

    /** The branch's members for the period as a sheet to fill in. */
    @Transactional(readOnly = true)
    public byte[] template(UnitId branch, RatingPeriod period, UnitScope readable) {
        BranchSheet sheet = ratings.branchSheet(branch, period, readable);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet s = workbook.createSheet("Xếp loại " + period.label().replace('/', '-'));
            Row header = s.createRow(0);
            header.createCell(0).setCellValue(ID);
            header.createCell(1).setCellValue(NAME);
            header.createCell(2).setCellValue(LEVEL);
            int r = 1;
            for (MemberRow m : sheet.members()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(m.member().value());
                row.createCell(1).setCellValue(m.fullName());
                row.createCell(2).setCellValue(m.level() == null ? "" : FULL.get(m.level()));
            }
            s.setColumnWidth(0, 12 * 256);
            s.setColumnWidth(1, 32 * 256);
            s.setColumnWidth(2, 32 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<RatingLevel, String> FULL = Map.of(RatingLevel.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
            RatingLevel.GOOD, "Hoàn thành tốt nhiệm vụ", RatingLevel.COMPLETED, "Hoàn thành nhiệm vụ",
            RatingLevel.FAILED, "Không hoàn thành nhiệm vụ");

    /**
     * Reads the file and saves its levels as drafts of the branch, all or nothing. Rows with an empty
     * level are skipped; a member twice, an unknown level or a member not on the branch's sheet is a
     * problem of that row.
     */
    @Transactional
    public Outcome importDrafts(UnitId branch, RatingPeriod period, UnitScope readable, InputStream file) {
        List<Problem> problems = new ArrayList<>();
        Map<MemberId, RatingLevel> levels = new LinkedHashMap<>();
        Set<Long> onSheet = ratings.branchSheet(branch, period, readable).members().stream()
                .map(m -> m.member().value()).collect(Collectors.toSet());
        try (Workbook workbook = WorkbookFactory.create(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            DataFormatter format = new DataFormatter();
            int idCol = -1;
            int levelCol = -1;
            for (Cell c : header == null ? List.<Cell>of() : iterable(header)) {
                String text = VietnameseText.fold(format.formatCellValue(c));
                if (text.equals(VietnameseText.fold(ID))) {
                    idCol = c.getColumnIndex();
                } else if (text.equals(VietnameseText.fold(LEVEL))) {
                    levelCol = c.getColumnIndex();
                }
            }
            if (idCol < 0 || levelCol < 0) {
                problems.add(new Problem(0, idCol < 0 ? ID : LEVEL, "ratings.import.missing-column",
                        List.of(idCol < 0 ? ID : LEVEL)));
                return new Outcome(null, problems);
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new Problem(0, "", "ratings.import.too-many", List.of(MAX_ROWS)));
                return new Outcome(null, problems);
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String id = text(format, row.getCell(idCol));
                String level = text(format, row.getCell(levelCol));
                int excelRow = r + 1;
                if (id.isEmpty() && level.isEmpty()) {
                    continue;
                }
                Long memberId = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
                if (memberId == null) {
                    problems.add(new Problem(excelRow, ID, "ratings.import.bad-id", List.of(id)));
                } else if (!onSheet.contains(memberId)) {
                    problems.add(new Problem(excelRow, ID, "ratings.import.not-on-sheet", List.of(id, period.label())));
                } else if (levels.containsKey(new MemberId(memberId))) {
                    problems.add(new Problem(excelRow, ID, "ratings.import.twice", List.of(id)));
                }
                if (level.isEmpty()) {
                    continue;
                }
                RatingLevel parsed = LEVEL_NAMES.get(VietnameseText.fold(level));
                if (parsed == null) {
                    problems.add(new Problem(excelRow, LEVEL, "ratings.import.bad-level", List.of(level)));
                } else if (memberId != null) {
                    levels.putIfAbsent(new MemberId(memberId), parsed);
                }
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            problems.add(new Problem(0, "", "ratings.import.unreadable", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(ratings.rateMembers(branch, period, levels, false), List.of());
    }

    private static Iterable<Cell> iterable(Row row) {
        return row::cellIterator;
    }

    private static String text(DataFormatter format, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v)) {
                return String.valueOf((long) v);
            }
        }
        String s = format.formatCellValue(cell);
        return s == null ? "" : s.strip();
    }
}
