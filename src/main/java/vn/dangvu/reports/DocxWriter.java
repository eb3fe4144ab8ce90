package vn.dangvu.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dangvu.reports.ReportDocument.Block;
import vn.dangvu.reports.ReportDocument.Chart;
import vn.dangvu.reports.ReportDocument.Heading;
import vn.dangvu.reports.ReportDocument.Item;
import vn.dangvu.reports.ReportDocument.Paragraph;
import vn.dangvu.reports.ReportDocument.Table;

/** The report as a Word document (.docx), laid out by {@link DocumentFormat}. */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument doc) {
        try (XWPFDocument d = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            page(d);
            header(d, doc);
            title(d, doc);
            for (Block b : doc.body()) {
                block(d, b);
            }
            signature(d, doc);
            d.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void page(XWPFDocument d) {
        CTSectPr sect = d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(DocumentFormat.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(mm(DocumentFormat.PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(DocumentFormat.MARGIN_TOP_MM)));
        mar.setBottom(BigInteger.valueOf(mm(DocumentFormat.MARGIN_BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(mm(DocumentFormat.MARGIN_LEFT_MM)));
        mar.setRight(BigInteger.valueOf(mm(DocumentFormat.MARGIN_RIGHT_MM)));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        // no number on the first page: a distinct (empty) first-page header
        sect.addNewTitlePg();
        d.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = d.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, "PAGE");
    }

    private static void field(XWPFParagraph p, String instruction) {
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", DocumentFormat.PAGE_NUMBER_SIZE, false, false);
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void header(XWPFDocument d, ReportDocument doc) {
        XWPFTable t = d.createTable(1, 2);
        noBorders(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("45%");
        right.setWidth("55%");
        XWPFParagraph p = left.getParagraphs().getFirst();
        if (!doc.superiorBody().isBlank()) {
            centered(p);
            run(p, doc.superiorBody(), DocumentFormat.HEADER_SIZE, false, false);
            p = left.addParagraph();
        }
        centered(p);
        run(p, doc.issuer(), DocumentFormat.HEADER_SIZE, true, false);
        p = left.addParagraph();
        centered(p);
        run(p, DocumentFormat.ISSUER_STAR, DocumentFormat.HEADER_SIZE, false, false);
        p = left.addParagraph();
        centered(p);
        run(p, doc.number(), DocumentFormat.HEADER_SIZE, false, false);

        XWPFParagraph r = right.getParagraphs().getFirst();
        centered(r);
        XWPFRun party = run(r, DocumentFormat.PARTY_NAME, DocumentFormat.PARTY_NAME_SIZE, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        r = right.addParagraph();
        centered(r);
        r.setSpacingBefore(120);
        run(r, doc.dateLine(), DocumentFormat.DATE_LINE_SIZE, false, true);
    }

    private static void title(XWPFDocument d, ReportDocument doc) {
        XWPFParagraph p = d.createParagraph();
        centered(p);
        p.setSpacingBefore(360);
        run(p, DocumentFormat.TITLE, DocumentFormat.TITLE_SIZE, true, false);
        p = d.createParagraph();
        centered(p);
        run(p, doc.subject(), DocumentFormat.SUBJECT_SIZE, true, false);
        p = d.createParagraph();
        centered(p);
        p.setSpacingAfter(240);
        run(p, DocumentFormat.SUBJECT_RULE, DocumentFormat.SUBJECT_SIZE, false, false);
    }

    private static void block(XWPFDocument d, Block b) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        switch (b) {
            case Heading h -> {
                XWPFParagraph p = body(d);
                if (h.level() == 0) {
                    centered(p);
                }
                run(p, h.text(), DocumentFormat.BODY_SIZE, true, false);
            }
            case Paragraph para -> {
                XWPFParagraph p = body(d);
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setFirstLineIndent((int) (DocumentFormat.FIRST_LINE_INDENT_CM * 567));
                run(p, para.text(), DocumentFormat.BODY_SIZE, false, false);
            }
            case Item item -> {
                XWPFParagraph p = body(d);
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setFirstLineIndent((int) (DocumentFormat.FIRST_LINE_INDENT_CM * 567));
                run(p, item.text(), DocumentFormat.BODY_SIZE, false, false);
            }
            case Chart c -> {
                XWPFParagraph p = d.createParagraph();
                centered(p);
                int widthEmu = Units.toEMU(mmToPt(DocumentFormat.PAGE_WIDTH_MM - DocumentFormat.MARGIN_LEFT_MM
                        - DocumentFormat.MARGIN_RIGHT_MM));
                int heightEmu = (int) ((long) widthEmu * c.heightPx() / c.widthPx());
                p.createRun().addPicture(new ByteArrayInputStream(c.png()), Document.PICTURE_TYPE_PNG,
                        "chart.png", widthEmu, heightEmu);
            }
            case Table t -> table(d, t);
        }
    }

    private static void table(XWPFDocument d, Table t) {
        if (t.caption() != null) {
            XWPFParagraph c = d.createParagraph();
            centered(c);
            run(c, t.caption(), DocumentFormat.BODY_SIZE, true, false);
        }
        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        int total = java.util.Arrays.stream(t.widths()).sum();
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < t.header().size(); i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setWidth((t.widths()[i] * 100 / total) + "%");
            XWPFParagraph p = cell.getParagraphs().getFirst();
            centered(p);
            run(p, t.header().get(i), DocumentFormat.TABLE_SIZE, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            tr.setCantSplitRow(true);
            for (int i = 0; i < row.size(); i++) {
                XWPFParagraph p = tr.getCell(i).getParagraphs().getFirst();
                if (i == 0 || i >= t.numericFrom()) {
                    centered(p);
                }
                run(p, row.get(i), DocumentFormat.TABLE_SIZE, false, false);
            }
        }
        d.createParagraph();
    }

    private static void signature(XWPFDocument d, ReportDocument doc) {
        XWPFTable t = d.createTable(1, 2);
        noBorders(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        XWPFParagraph p = left.getParagraphs().getFirst();
        XWPFRun heading = run(p, DocumentFormat.RECIPIENTS_HEADING, DocumentFormat.RECIPIENTS_HEADING_SIZE, false, false);
        heading.setUnderline(UnderlinePatterns.SINGLE);
        for (String r : doc.recipients()) {
            XWPFParagraph item = left.addParagraph();
            run(item, r, DocumentFormat.RECIPIENTS_SIZE, false, false);
        }
        XWPFParagraph s = right.getParagraphs().getFirst();
        centered(s);
        run(s, doc.onBehalfOf(), DocumentFormat.SIGNATURE_SIZE, true, false);
        s = right.addParagraph();
        centered(s);
        run(s, doc.position(), DocumentFormat.SIGNATURE_SIZE, false, false);
        for (int i = 0; i < DocumentFormat.SIGNATURE_SPACE_LINES; i++) {
            right.addParagraph();
        }
        s = right.addParagraph();
        centered(s);
        run(s, doc.signer(), DocumentFormat.SIGNATURE_SIZE, true, false);
    }

    private static XWPFParagraph body(XWPFDocument d) {
        XWPFParagraph p = d.createParagraph();
        p.setSpacingAfter(DocumentFormat.PARAGRAPH_SPACING_PT * 20);
        p.setSpacingBetween(DocumentFormat.LINE_SPACING_PT, LineSpacingRule.EXACT);
        return p;
    }

    private static void centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(DocumentFormat.FONT_FAMILY);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(ReportText.nfc(text));
        return r;
    }

    private static void noBorders(XWPFTable t) {
        var borders = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        for (var b : List.of(borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
            b.setVal(STBorder.NONE);
        }
    }

    private static long mm(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    private static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }
}
