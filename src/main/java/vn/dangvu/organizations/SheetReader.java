package vn.dangvu.organizations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.dangvu.platform.VietnameseText;

/**
 * Reads the units sheet of an .xlsx file as text, streaming, so a large file costs little memory and
 * stops early when it holds too many rows. Date cells come out as dd/MM/yyyy, the way people type
 * dates, so both reach the same parser.
 */
final class SheetReader {

    /** A data row: its number as Excel shows it and the text of each column found in the header. */
    record Row(int number, Map<UnitColumn, String> cells) {

        String text(UnitColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int HEADER_SEARCH_ROWS = 10;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<String, UnitColumn> headers;
    private final Set<String> sheetNames;
    private final int maxRows;

    /**
     * @param headers    folded header text (without any parenthesised hint) to its column
     * @param sheetNames folded names of the sheet to read; the first sheet if none matches
     */
    SheetReader(Map<String, UnitColumn> headers, Set<String> sheetNames, int maxRows) {
        this.headers = Map.copyOf(headers);
        this.sheetNames = Set.copyOf(sheetNames);
        this.maxRows = maxRows;
    }

    List<Row> read(byte[] file) {
        if (file.length == 0) {
            throw new WorkbookProblem("workbook.file.empty");
        }
        if (startsWith(file, OLE2)) {
            throw new WorkbookProblem("workbook.file.xls");
        }
        if (!startsWith(file, ZIP)) {
            throw new WorkbookProblem("workbook.file.not-xlsx");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            var collector = new Collector();
            try (InputStream sheet = chosenSheet(reader)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new DayFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.finish();
        } catch (WorkbookProblem problem) {
            throw problem;
        } catch (Exception e) {
            // POI reports a broken package, a zip bomb or bad XML in many ways; to the user they are one thing.
            WorkbookProblem inside = findProblem(e);
            throw inside != null ? inside : new WorkbookProblem("workbook.file.broken", e);
        }
    }

    private InputStream chosenSheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (sheetNames.contains(VietnameseText.fold(sheets.getSheetName()))) {
                if (first != null) {
                    first.close();
                }
                return sheet;
            }
            if (first == null) {
                first = sheet;
            } else {
                sheet.close();
            }
        }
        if (first == null) {
            throw new WorkbookProblem("workbook.file.no-rows");
        }
        return first;
    }

    /** Folds a header as people may write it: any "(dd/mm/yyyy)" hint dropped, case and diacritics ignored. */
    static String headerKey(String header) {
        return VietnameseText.fold(header.replaceAll("\\([^)]*\\)", ""));
    }

    private static WorkbookProblem findProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WorkbookProblem problem) {
                return problem;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> rows = new ArrayList<>();
        private Map<Integer, UnitColumn> columns;
        private Map<Integer, String> current;
        private int rowsSeen;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null || value.isBlank()) {
                return;
            }
            current.put((int) new CellReference(reference).getCol(), value);
        }

        @Override
        public void endRow(int rowNum) {
            rowsSeen++;
            if (columns == null) {
                if (rowsSeen <= HEADER_SEARCH_ROWS) {
                    columns = headerOf(current);
                }
                return;
            }
            Map<UnitColumn, String> cells = new EnumMap<>(UnitColumn.class);
            columns.forEach((index, column) -> {
                String value = current.get(index);
                if (value != null && !value.isBlank()) {
                    cells.put(column, value.strip());
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new WorkbookProblem("workbook.file.too-many-rows", maxRows);
            }
            rows.add(new Row(rowNum + 1, cells));
        }

        /** The header is the first row naming at least two known columns; null until one does. */
        private Map<Integer, UnitColumn> headerOf(Map<Integer, String> row) {
            Map<Integer, UnitColumn> found = new HashMap<>();
            row.forEach((index, text) -> {
                UnitColumn column = headers.get(headerKey(text));
                if (column != null && !found.containsValue(column)) {
                    found.put(index, column);
                }
            });
            return found.size() >= 2 ? found : null;
        }

        List<Row> finish() {
            if (columns == null) {
                throw new WorkbookProblem("workbook.file.no-header");
            }
            List<UnitColumn> missing = UnitColumn.IMPORTED.stream()
                    .filter(UnitColumn::required).filter(c -> !columns.containsValue(c)).toList();
            if (!missing.isEmpty()) {
                throw new WorkbookProblem("workbook.file.missing-columns", missing);
            }
            if (rows.isEmpty()) {
                throw new WorkbookProblem("workbook.file.no-rows");
            }
            return rows;
        }
    }

    /** Date-formatted numbers become dd/MM/yyyy whatever format the cell shows; the rest as Excel shows them. */
    private static final class DayFormatter extends DataFormatter {

        DayFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return DAY.format(day);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
