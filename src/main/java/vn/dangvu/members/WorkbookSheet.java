package vn.dangvu.members;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads one sheet of an .xlsx file row by row with {@link SheetXml} over its XML (POI opens the package and
 * reads the styles), so memory stays flat however long the sheet is. Cells come as text: dates as ISO {@code yyyy-MM-dd}, whole numbers
 * without a decimal point, anything else as Excel shows it.
 */
final class WorkbookSheet {

    /**
     * Receives each row that has at least one non-blank cell, at most {@code maxRows} of them (the
     * heading row counts); {@code number} is Excel's row number (1 = first).
     */
    interface RowHandler {
        void row(int number, String[] cells);

        /**
         * The last row number the sheet declares in its {@code <dimension>} (Excel and LibreOffice write
         * it), before its rows: how many there are, for a progress bar. Called on the parser's thread.
         */
        default void declaredLastRow(int number) {
        }
    }

    /** The file is not an .xlsx workbook, or it is damaged. */
    static final class Unreadable extends Exception {
        Unreadable(Throwable cause) {
            super(cause);
        }
    }

    /** The sheet has more data rows than the limit; reading stopped there. */
    static final class TooManyRows extends Exception {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    private WorkbookSheet() {
    }

    /**
     * Reads the sheet named {@code sheetName}, or the first sheet if there is none by that name. The
     * XML is parsed on a thread of its own while {@code handler} takes the rows on the caller's, so
     * reading and checking share the machine's cores.
     */
    static void read(Path file, String sheetName, int columns, int maxRows, RowHandler handler)
            throws Unreadable, TooManyRows {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        Thread parser = Thread.ofPlatform().name("xlsx-reader").daemon().start(() -> {
            Object last = END;
            try {
                parse(file, sheetName, columns, maxRows, handler, batch -> {
                    try {
                        queue.put(batch);
                    } catch (InterruptedException e) {
                        throw new Abandoned();
                    }
                });
            } catch (Abandoned e) {
                return;
            } catch (Unreadable | TooManyRows | RuntimeException | Error e) {
                last = e;
            }
            try {
                queue.put(last);
            } catch (InterruptedException ignored) {
                // the reader has stopped listening
            }
        });
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                switch (item) {
                    case Unreadable e -> throw e;
                    case TooManyRows e -> throw e;
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    case RowBatch batch -> {
                        for (int i = 0; i < batch.size; i++) {
                            handler.row(batch.numbers[i], batch.rows[i]);
                        }
                    }
                    default -> throw new IllegalStateException("Unexpected " + item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a workbook", e);
        } finally {
            parser.interrupt();
        }
    }

    private static final Object END = new Object();

    /** The parser stops because nobody takes its rows any more. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Rows travel between the threads in batches, not one by one. */
    private static final class RowBatch {
        static final int CAPACITY = 256;
        final int[] numbers = new int[CAPACITY];
        final String[][] rows = new String[CAPACITY][];
        int size;
    }

    private static void parse(Path file, String sheetName, int columns, int maxRows, RowHandler handler,
            java.util.function.Consumer<RowBatch> sink) throws Unreadable, TooManyRows {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(reader);
            StylesTable styles = reader.getStylesTable();
            int wanted = sheetIndex(reader, sheetName);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == wanted) {
                        Rows rows = new Rows(columns, maxRows, sink);
                        new Cells(strings, styles, rows, handler).read(new SheetXml(sheet));
                        rows.flush();
                        return;
                    }
                }
            }
            throw new Unreadable(new IllegalStateException("no sheet"));
        } catch (IOException | SheetXml.Malformed | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                | EmptyFileException e) {
            throw new Unreadable(e);
        } catch (LimitReached e) {
            throw new TooManyRows();
        } catch (Abandoned e) {
            throw e;
        } catch (RuntimeException e) {
            // POI reports some damaged packages (a missing part, a bad relationship) with runtime exceptions.
            throw new Unreadable(e);
        }
    }

    /**
     * The shared strings as plain text, read once: POI's own table builds a rich-text object on
     * every look-up, which costs more than all the rest of an import.
     */
    private static List<String> sharedStrings(XSSFReader reader) throws IOException, SheetXml.Malformed {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (IOException | InvalidFormatException | POIXMLException e) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        try (InputStream in = data) {
            return SheetXml.sharedStrings(in);
        }
    }

    private static int sheetIndex(XSSFReader reader, String name) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        for (int i = 0; sheets.hasNext(); i++) {
            try (InputStream ignored = sheets.next()) {
                if (name.equals(sheets.getSheetName().strip())) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * A number cell's text as the checks read it: a date as ISO when its style is a date's, whatever its
     * display format; a whole number (identity and phone numbers) in full; any other number plainly.
     * A text of digits alone, most cells, is read without parsing a double and is its own answer.
     */
    static String numberText(String text, boolean dateStyle) {
        long whole = digits(text);
        if (whole >= 0 && !dateStyle) {
            // a whole number as Excel writes one (no sign, no leading zero) is its own text
            return text.length() == 1 || text.charAt(0) != '0' ? text : Long.toString(whole);
        }
        double number;
        try {
            number = whole >= 0 ? whole : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
        if (dateStyle && DateUtil.isValidExcelDate(number)) {
            return excelDate(number);
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The value of a text of at most 15 digits and nothing else (identity numbers, Excel's days), or -1. */
    static long digits(String text) {
        int n = text.length();
        if (n == 0 || n > 15) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final java.time.LocalDate EXCEL_EPOCH = java.time.LocalDate.of(1899, 12, 30);
    /** 31 December 9999, the last day Excel knows. */
    private static final double LAST_EXCEL_DAY = 2_958_465;

    /**
     * The day of an Excel date number, ISO, as {@link DateUtil} gives it. A whole day after Excel's
     * fictitious 29 February 1900 is that many days after 30 December 1899; DateUtil builds a date and
     * time for it, which cost more than the rest of a date cell, so it is asked only for the others.
     */
    static String excelDate(double number) {
        if (number == Math.rint(number) && number >= 61 && number <= LAST_EXCEL_DAY) {
            return EXCEL_EPOCH.plusDays((long) number).toString();
        }
        return DateUtil.getLocalDateTime(number).toLocalDate().toString();
    }

    /** The rows of a sheet from its XML: {@code <row><c r="B2" t="s" s="3"><v>7</v></c></row>}. */
    private static final class Cells {

        private final List<String> strings;
        private final StylesTable styles;
        private final Rows rows;
        private final RowHandler handler;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();

        Cells(List<String> strings, StylesTable styles, Rows rows, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
            this.handler = handler;
        }

        void read(SheetXml xml) throws IOException, SheetXml.Malformed {
            while (true) {
                switch (xml.next()) {
                    case ROW -> rows.start();
                    case CELL -> rows.cell(xml.column(), cellText(xml));
                    case ROW_END -> rows.end(xml.row());
                    case DIMENSION -> declaredLastRow(xml.text());
                    case END -> {
                        return;
                    }
                }
            }
        }

        /** "A1:T30001" declares row 30001 as the last; a lone "A1" or anything unreadable declares nothing. */
        private void declaredLastRow(String reference) {
            int colon = reference == null ? -1 : reference.indexOf(':');
            if (colon < 0) {
                return;
            }
            int digits = colon + 1;
            while (digits < reference.length() && !Character.isDigit(reference.charAt(digits))) {
                digits++;
            }
            try {
                handler.declaredLastRow(Integer.parseInt(reference.substring(digits)));
            } catch (NumberFormatException ignored) {
                // a dimension Dangvu cannot read only means the bar shows no total
            }
        }

        private String cellText(SheetXml xml) throws SheetXml.Malformed {
            if (!xml.hasText()) {
                return null;
            }
            return switch (xml.type()) {
                case NUMBER -> number(xml.text(), xml.style());
                case SHARED_STRING -> {
                    int index = xml.index();
                    if (index < 0) {
                        throw new NumberFormatException("shared string " + xml.text());
                    }
                    yield index < strings.size() ? strings.get(index) : null;
                }
                case BOOLEAN -> "1".equals(xml.text()) ? "TRUE" : "FALSE";
                case TEXT -> xml.text();
            };
        }

        private String number(String text, int style) {
            return numberText(text, isDateStyle(style));
        }

        private boolean isDateStyle(int index) {
            Boolean known = dateStyles.get(index); // asked once a cell: no lambda made until a style is new
            return known != null ? known : dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString());
            });
        }
    }

    private static final class Rows {

        private final int columns;
        private final int maxRows;
        private final java.util.function.Consumer<RowBatch> sink;
        private RowBatch batch = new RowBatch();
        private String[] cells;
        private boolean any;
        private int rows;

        Rows(int columns, int maxRows, java.util.function.Consumer<RowBatch> sink) {
            this.columns = columns;
            this.maxRows = maxRows;
            this.sink = sink;
        }

        void start() {
            cells = new String[columns];
            any = false;
        }

        void cell(int column, String value) {
            if (column >= 0 && column < columns && value != null && !value.isBlank()) {
                cells[column] = value;
                any = true;
            }
        }

        void end(int number) {
            if (!any) {
                return;
            }
            if (++rows > maxRows) {
                throw new LimitReached();
            }
            batch.numbers[batch.size] = number;
            batch.rows[batch.size++] = cells;
            if (batch.size == RowBatch.CAPACITY) {
                flush();
            }
        }

        void flush() {
            if (batch.size > 0) {
                sink.accept(batch);
                batch = new RowBatch();
            }
        }
    }
}
