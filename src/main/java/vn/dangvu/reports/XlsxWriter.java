package vn.dangvu.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.dangvu.reports.ReportModel.Figure;
import vn.dangvu.reports.ReportModel.Section;
import vn.dangvu.reports.ReportModel.TargetRow;

/**
 * The report's statistics as a workbook: the figures section by section, the targets table and the
 * subordinates unit by unit. Numbers stay numbers (so the committee can add them up); shares are
 * given as percentages already shortened as the committee chooses, with their two counts beside.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(ReportModel model, MessageSource messages) {
        Locale vi = Locale.forLanguageTag("vi");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));

            Sheet figures = wb.createSheet(ReportDocument.text(messages, "reports.xlsx.figures", vi));
            int r = 0;
            Row title = figures.createRow(r++);
            title.createCell(0).setCellValue(ReportText.upper(model.unit().name()));
            title.getCell(0).setCellStyle(bold);
            figures.createRow(r++).createCell(0).setCellValue(ReportText.subject(model));
            figures.createRow(r++).createCell(0).setCellValue(ReportDocument.text(messages, "reports.xlsx.period", vi)
                    + ": " + ReportText.slash(model.period().from()) + " – " + ReportText.slash(model.period().to()));
            r++;
            header(figures.createRow(r++), bold, ReportDocument.text(messages, "reports.xlsx.measure", vi),
                    ReportDocument.text(messages, "reports.xlsx.value", vi),
                    ReportDocument.text(messages, "reports.xlsx.numerator", vi),
                    ReportDocument.text(messages, "reports.xlsx.denominator", vi),
                    ReportDocument.text(messages, "reports.xlsx.code", vi));
            for (Section s : model.sections()) {
                Row head = figures.createRow(r++);
                head.createCell(0).setCellValue(ReportText.upper(ReportDocument.text(messages, s.titleKey(), vi)));
                head.getCell(0).setCellStyle(bold);
                for (Figure f : s.figures()) {
                    Row row = figures.createRow(r++);
                    row.createCell(0).setCellValue(ReportDocument.label(messages, f.labelKey(), f.code(), vi));
                    number(row, 1, f.value(), decimal);
                    if (f.share()) {
                        row.createCell(2).setCellValue(f.numerator());
                        row.createCell(3).setCellValue(f.denominator());
                    }
                    row.createCell(4).setCellValue(f.code());
                }
            }
            figures.setColumnWidth(0, 70 * 256);
            for (int c = 1; c < 5; c++) {
                figures.setColumnWidth(c, 16 * 256);
            }

            model.targets().ifPresent(t -> {
                Sheet sheet = wb.createSheet(ReportDocument.text(messages, "reports.xlsx.targets", vi));
                int k = 0;
                sheet.createRow(k++).createCell(0).setCellValue(ReportText.nfc(t.resolutionTitle()));
                sheet.createRow(k++).createCell(0).setCellValue(ReportDocument.summary(t.summary(), messages, vi));
                header(sheet.createRow(k++), bold, DocumentFormat.TARGET_TABLE_HEADER);
                for (TargetRow row : t.rows()) {
                    Row x = sheet.createRow(k++);
                    x.createCell(0).setCellValue(row.number());
                    x.createCell(1).setCellValue(ReportText.nfc(row.title()));
                    x.createCell(2).setCellValue(row.unitLabel() == null ? "" : ReportText.nfc(row.unitLabel()));
                    number(x, 3, row.goal(), decimal);
                    number(x, 4, row.result(), decimal);
                    number(x, 5, row.percent(), decimal);
                    x.createCell(6).setCellValue(row.verdict() == Verdict.NO_DATA ? ""
                            : ReportDocument.text(messages, row.verdict().messageKey(), vi));
                    x.createCell(7).setCellValue(row.lessIsBetter() ? DocumentFormat.LESS_IS_BETTER_MARK : "");
                }
                sheet.setColumnWidth(1, 60 * 256);
                for (int c = 2; c < 8; c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            });

            model.consolidation().ifPresent(c -> {
                Sheet sheet = wb.createSheet(ReportDocument.text(messages, "reports.xlsx.subordinates", vi));
                int k = 0;
                Row head = sheet.createRow(k++);
                head.createCell(0).setCellValue(ReportDocument.text(messages, "reports.xlsx.code", vi));
                head.createCell(1).setCellValue(ReportDocument.text(messages, "reports.doc.subordinate", vi));
                for (int i = 0; i < c.columns().size(); i++) {
                    var col = c.columns().get(i);
                    head.createCell(i + 2).setCellValue(ReportDocument.label(messages, col.labelKey(), col.code(), vi)
                            + (col.kind() == vn.dangvu.targets.MeasureKind.SHARE ? " (%)" : ""));
                }
                head.forEach(cell -> cell.setCellStyle(bold));
                for (var row : c.rows()) {
                    Row x = sheet.createRow(k++);
                    x.createCell(0).setCellValue(row.code());
                    x.createCell(1).setCellValue(ReportText.nfc(row.name()));
                    for (int i = 0; i < row.values().size(); i++) {
                        number(x, i + 2, row.values().get(i), decimal);
                    }
                }
                Row total = sheet.createRow(k);
                total.createCell(1).setCellValue(ReportDocument.text(messages, "reports.doc.combined", vi));
                total.getCell(1).setCellStyle(bold);
                for (int i = 0; i < c.combined().size(); i++) {
                    number(total, i + 2, c.combined().get(i), decimal);
                }
                sheet.setColumnWidth(1, 50 * 256);
            });
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle style, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
            row.getCell(column).setCellStyle(style);
        }
    }

}
