package vn.dangvu.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.RollLine;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;

/**
 * A meeting's attendance as an Excel sheet: a template listing the branch's members on the day (with their
 * marks so far, "Có mặt" by default), and its import, all or nothing: every bad row and column gets a
 * message in the reader's language, and nothing is written if any row is wrong.
 */
@Component
public class AttendanceWorkbook {

    /** The file is a sheet of a branch's members: a few hundred rows at most. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    enum Column {
        NUMBER, MEMBER_ID, NAME, PRESENCE, REASON;

        String header(MessageSource messages, Locale locale) {
            return messages.getMessage("meetings.workbook.column." + name(), null, locale);
        }
    }

    /** One thing wrong in the file: row 0 when it concerns the whole sheet, column null then too. */
    public record Problem(int row, String column, String message) {
    }

    /** The import was refused; nothing was written. */
    public static class Refused extends RuntimeException {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super("attendance import refused: " + problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final Meetings meetings;
    private final MessageSource messages;

    AttendanceWorkbook(Meetings meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    /** The template for a reader limited to {@code scope}: members since moved out of it are left out. */
    public byte[] template(long meetingId, UnitScope scope, Locale locale) {
        List<RollLine> roll = meetings.roll(meetingId, scope).stream().filter(RollLine::visible).toList();
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.getMessage("meetings.workbook.sheet", null, locale));
            Row header = sheet.createRow(0);
            for (Column c : Column.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header(messages, locale));
            }
            int r = 1;
            for (RollLine line : roll) {
                Row row = sheet.createRow(r);
                row.createCell(Column.NUMBER.ordinal()).setCellValue(r);
                row.createCell(Column.MEMBER_ID.ordinal()).setCellValue(line.member().value());
                row.createCell(Column.NAME.ordinal()).setCellValue(line.fullName());
                Presence p = line.presence() != null ? line.presence() : line.exempt() ? Presence.EXEMPT : Presence.PRESENT;
                row.createCell(Column.PRESENCE.ordinal()).setCellValue(messages.getMessage(p.messageKey(), null, locale));
                if (line.reason() != null) {
                    row.createCell(Column.REASON.ordinal()).setCellValue(line.reason());
                }
                r++;
            }
            if (!roll.isEmpty()) {
                var helper = sheet.getDataValidationHelper();
                String[] choices = java.util.Arrays.stream(Presence.values())
                        .map(p -> messages.getMessage(p.messageKey(), null, locale)).toArray(String[]::new);
                var validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                        new CellRangeAddressList(1, roll.size(), Column.PRESENCE.ordinal(), Column.PRESENCE.ordinal()));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
            sheet.setColumnWidth(Column.NAME.ordinal(), 30 * 256);
            sheet.setColumnWidth(Column.PRESENCE.ordinal(), 22 * 256);
            sheet.setColumnWidth(Column.REASON.ordinal(), 40 * 256);
            sheet.setColumnWidth(Column.MEMBER_ID.ordinal(), 14 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the file and takes the attendance it holds; throws {@link Refused} listing every problem. */
    public int importInto(long meetingId, UnitScope scope, InputStream in, Locale locale) {
        // Members since moved out of the reader's reach are not in their file: their marks stay as they were.
        Set<Long> visible = new HashSet<>();
        meetings.roll(meetingId, scope).stream().filter(RollLine::visible).forEach(l -> visible.add(l.member().value()));
        List<RollLine> all = meetings.roll(meetingId);
        List<RollLine> roll = all.stream().filter(l -> visible.contains(l.member().value())).toList();
        Map<Long, RollLine> byId = new HashMap<>();
        roll.forEach(l -> byId.put(l.member().value(), l));
        Map<String, Presence> presences = presenceWords();
        List<Problem> problems = new ArrayList<>();
        Map<Long, Mark> marks = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw refused(problems, locale, "meetings.workbook.unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(problems, locale, "meetings.workbook.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (Workbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<Column, Integer> at = new EnumMap<>(Column.class);
            if (header != null) {
                for (Cell cell : header) {
                    String folded = VietnameseText.fold(formatter.formatCellValue(cell));
                    for (Column c : Column.values()) {
                        if (folded.equals(VietnameseText.fold(c.header(messages, Locale.forLanguageTag("vi"))))
                                || folded.equals(VietnameseText.fold(c.header(messages, Locale.ENGLISH)))) {
                            at.put(c, cell.getColumnIndex());
                        }
                    }
                }
            }
            for (Column c : List.of(Column.MEMBER_ID, Column.PRESENCE)) {
                if (!at.containsKey(c)) {
                    problems.add(new Problem(1, c.header(messages, locale),
                            messages.getMessage("meetings.workbook.missingColumn", null, locale)));
                }
            }
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            int headerRow = header.getRowNum();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String idText = text(row, at.get(Column.MEMBER_ID), formatter);
                String presenceText = text(row, at.get(Column.PRESENCE), formatter);
                String reason = at.containsKey(Column.REASON) ? text(row, at.get(Column.REASON), formatter) : "";
                if (idText.isEmpty() && presenceText.isEmpty() && reason.isEmpty()) {
                    continue;
                }
                int number = r + 1;
                RollLine line = null;
                try {
                    line = byId.get(Long.parseLong(idText.replace(".0", "")));
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (line == null) {
                    problems.add(problem(number, Column.MEMBER_ID, locale, "meetings.workbook.notOnRoll", idText));
                    continue;
                }
                if (marks.containsKey(line.member().value())) {
                    problems.add(problem(number, Column.MEMBER_ID, locale, "meetings.workbook.twice", line.fullName()));
                    continue;
                }
                Presence p = presences.get(VietnameseText.fold(presenceText));
                if (p == null) {
                    problems.add(problem(number, Column.PRESENCE, locale, "meetings.workbook.badPresence", presenceText));
                    continue;
                }
                if (p == Presence.EXEMPT && !line.exempt()) {
                    problems.add(problem(number, Column.PRESENCE, locale, "meetings.workbook.notExempt", line.fullName()));
                    continue;
                }
                if (line.exempt() && (p == Presence.EXCUSED || p == Presence.UNEXCUSED)) {
                    problems.add(problem(number, Column.PRESENCE, locale, "meetings.workbook.exempt", line.fullName()));
                    continue;
                }
                if (p == Presence.EXCUSED && reason.isBlank()) {
                    problems.add(problem(number, Column.REASON, locale, "meetings.workbook.reasonMissing", line.fullName()));
                    continue;
                }
                if (p != Presence.EXCUSED && !reason.isBlank()) {
                    problems.add(problem(number, Column.REASON, locale, "meetings.workbook.reasonOnlyExcused", line.fullName()));
                    continue;
                }
                if (reason.length() > MeetingPolicy.MAX_REASON) {
                    problems.add(problem(number, Column.REASON, locale, "meetings.workbook.reasonTooLong", MeetingPolicy.MAX_REASON));
                    continue;
                }
                marks.put(line.member().value(), new Mark(line.member(), p, p == Presence.EXCUSED ? reason : null));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw refused(problems, locale, "meetings.workbook.unreadable");
        }
        Set<Long> seen = new HashSet<>(marks.keySet());
        for (RollLine line : roll) {
            if (!seen.contains(line.member().value()) && !problems.stream().anyMatch(p -> p.row() > 0)) {
                problems.add(new Problem(0, null, messages.getMessage("meetings.workbook.missingMember",
                        new Object[] {line.fullName(), line.member().value()}, locale)));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        for (RollLine line : all) {
            if (!visible.contains(line.member().value())) {
                marks.put(line.member().value(), new Mark(line.member(), line.keptPresence(), line.reason()));
            }
        }
        try {
            meetings.takeAttendance(meetingId, List.copyOf(marks.values()));
        } catch (RuleViolation v) {
            throw new Refused(List.of(new Problem(0, null,
                    messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale))));
        }
        return marks.size();
    }

    private Map<String, Presence> presenceWords() {
        Map<String, Presence> out = new HashMap<>();
        for (Presence p : Presence.values()) {
            out.put(VietnameseText.fold(messages.getMessage(p.messageKey(), null, Locale.forLanguageTag("vi"))), p);
            out.put(VietnameseText.fold(messages.getMessage(p.messageKey(), null, Locale.ENGLISH)), p);
        }
        out.put("x", Presence.PRESENT);
        return out;
    }

    private Problem problem(int row, Column column, Locale locale, String key, Object... args) {
        return new Problem(row, column.header(messages, locale), messages.getMessage(key, args, locale));
    }

    private Refused refused(List<Problem> problems, Locale locale, String key, Object... args) {
        List<Problem> out = new ArrayList<>(problems);
        out.add(new Problem(0, null, messages.getMessage(key, args, locale)));
        return new Refused(out);
    }

    private static String text(Row row, Integer column, DataFormatter formatter) {
        if (row == null || column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
