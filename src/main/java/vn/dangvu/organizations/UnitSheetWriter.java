package vn.dangvu.organizations;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Writes the organization workbook, for the template and the export alike: the units sheet (header,
 * rows, a drop-down of unit types) and the guide sheet that explains each column and lists the types.
 * Rows are streamed to disk as they come, so an export of a whole province costs little memory.
 */
final class UnitSheetWriter implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final MessageSource messages;
    private final UnitTypeNames typeNames;
    private final Locale locale;
    private final List<UnitColumn> columns;
    private final Sheet units;
    private final CellStyle textStyle;
    private final CellStyle dayStyle;
    private int nextRow = 1;

    UnitSheetWriter(MessageSource messages, UnitTypeNames typeNames, Locale locale, List<UnitColumn> columns,
            int validatedRows) {
        this.messages = messages;
        this.typeNames = typeNames;
        this.locale = locale;
        this.columns = List.copyOf(columns);
        this.units = workbook.createSheet(text("workbook.sheet.units"));
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        this.dayStyle = workbook.createCellStyle();
        dayStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        writeHeader();
        String typeRange = writeGuide();
        validateTypes(typeRange, validatedRows);
        workbook.setActiveSheet(0);
    }

    /** One unit; values by column, a {@link LocalDate} written as a date cell, a {@link UnitType} as its label. */
    void row(Map<UnitColumn, Object> values) {
        Row row = units.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(columns.get(i));
            Cell cell = row.createCell(i);
            switch (value) {
                case null -> {
                    // left blank
                }
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(dayStyle);
                }
                case UnitType type -> cell.setCellValue(typeNames.label(type, locale));
                default -> {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(textStyle);
                }
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void writeHeader() {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        Row header = units.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(text(columns.get(i).headerKey()));
            cell.setCellStyle(style);
            units.setColumnWidth(i, columns.get(i).width() * 256);
            boolean codeColumn = columns.get(i) == UnitColumn.CODE || columns.get(i) == UnitColumn.SUPERIOR;
            // Codes such as "001" stay text when typed into the template, and typed dates become dates.
            if (codeColumn) {
                units.setDefaultColumnStyle(i, textStyle);
            } else if (columns.get(i) == UnitColumn.ESTABLISHED || columns.get(i) == UnitColumn.DISSOLVED
                    || columns.get(i) == UnitColumn.FIRST_ESTABLISHED) {
                units.setDefaultColumnStyle(i, dayStyle);
            }
        }
        units.createFreezePane(0, 1);
    }

    /** The guide sheet; answers the range of the type labels in it, for the drop-down. */
    private String writeGuide() {
        String name = text("workbook.sheet.guide");
        Sheet guide = workbook.createSheet(name);
        guide.setColumnWidth(0, 34 * 256);
        guide.setColumnWidth(1, 30 * 256);
        guide.setColumnWidth(2, 90 * 256);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        int r = 0;
        line(guide, r++, bold, text("workbook.guide.title"));
        for (String key : List.of("workbook.guide.intro.rows", "workbook.guide.intro.all-or-nothing",
                "workbook.guide.intro.order", "workbook.guide.intro.limits")) {
            line(guide, r++, null, messages.getMessage(key, new Object[] {TreeImport.MAX_ROWS,
                    TreeImport.MAX_BYTES / (1024 * 1024)}, locale));
        }
        r++;
        line(guide, r++, bold, text("workbook.guide.columns"), text("workbook.guide.required"),
                text("workbook.guide.meaning"));
        for (UnitColumn column : UnitColumn.EXPORTED) {
            String required = column.required() && column != UnitColumn.SUPERIOR ? text("workbook.guide.required.yes")
                    : column == UnitColumn.SUPERIOR ? text("workbook.guide.required.superior")
                    : text("workbook.guide.required.no");
            line(guide, r++, wrap, text(column.headerKey()), required, text(column.guideKey()));
        }
        r++;
        line(guide, r++, bold, text("workbook.guide.types"), text("workbook.guide.type-code"),
                text("workbook.guide.type-placement"));
        Map<UnitType, String> labels = typeNames.labels(locale);
        int firstType = r;
        for (UnitType type : UnitType.values()) {
            String placement = type.isTopLevel() ? text("workbook.guide.type-top-level")
                    : messages.getMessage("workbook.guide.type-under", new Object[] {type.allowedSuperiors().stream()
                            .sorted().map(labels::get).collect(Collectors.joining(", "))}, locale);
            line(guide, r++, wrap, labels.get(type), type.name(), placement);
        }
        return "'" + name.replace("'", "''") + "'!$A$" + (firstType + 1) + ":$A$" + r;
    }

    private void validateTypes(String typeRange, int validatedRows) {
        int typeColumn = columns.indexOf(UnitColumn.TYPE);
        DataValidationHelper helper = units.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(typeRange),
                new CellRangeAddressList(1, Math.max(validatedRows, 1), typeColumn, typeColumn));
        // A warning, not a stop: the import also takes labels without diacritics and the types' code names.
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(text("workbook.validation.title"), text("workbook.validation.text"));
        validation.setSuppressDropDownArrow(true);
        units.addValidationData(validation);
    }

    private static void line(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
