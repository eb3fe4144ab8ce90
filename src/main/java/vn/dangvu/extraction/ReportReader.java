package vn.dangvu.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an uploaded report into its text: the format is told by the content (a PDF's header, a Word
 * package's parts, HTML tags), legacy Vietnamese encodings are converted, and the result is in NFC,
 * the form every offset of an extraction refers to.
 */
final class ReportReader {

    enum Format { DOCX, PDF, HTML, TEXT }

    record Read(Format format, LegacyEncoding legacy, String text) {
    }

    private final ExtractionSettings settings;

    ReportReader(ExtractionSettings settings) {
        this.settings = settings;
    }

    Read read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ExtractionRule.READABLE.violation("empty");
        }
        if (bytes.length > settings.maxBytes()) {
            throw ExtractionRule.SIZE_LIMIT.violation("too-large", settings.maxBytes() / (1024 * 1024));
        }
        Format format = sniff(bytes);
        String raw = switch (format) {
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            case HTML -> html(decode(bytes));
            case TEXT -> decode(bytes);
        };
        return normalized(format, raw);
    }

    Read text(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw ExtractionRule.READABLE.violation("empty");
        }
        String trimmed = pasted.stripLeading();
        boolean html = trimmed.length() > 5 && looksLikeHtml(trimmed);
        return normalized(html ? Format.HTML : Format.TEXT, html ? html(pasted) : pasted);
    }

    /** A count glued to the noun it counts: "41đảng viên", "05chi bộ", "12đ/c". */
    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\d.,/])(\\d+)(?=(?:đảng viên|đồng chí|đ/c|chi bộ|quần chúng"
            + "|tổ chức|lớp|học viên|người|lượt|trường hợp|cuộc|buổi|kỳ|huy hiệu|tỷ|triệu)(?!\\p{L}))");
    /** A comma or semicolon typed without its space between a word and the next: "ưu tú,95 quần chúng", "98,4%;mở". */
    private static final Pattern TIGHT = Pattern.compile("(?<=[\\p{L}%)])([,;])(?=[\\p{L}\\d])");

    /**
     * Spacing typos that hide a count: a number glued to its noun, a comma or semicolon with no space after it. Nothing
     * else moves: "1,5", "12A1", "COVID-19" and "04-CTr/ĐU" are left as they are.
     */
    static String spaced(String text) {
        String out = GLUED.matcher(text).replaceAll("$1 ");
        return TIGHT.matcher(out).replaceAll("$1 ");
    }

    private Read normalized(Format format, String raw) {
        LegacyEncoding legacy = LegacyEncoding.detect(raw);
        String text = legacy == null ? raw : legacy.decode(raw);
        text = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace("\ufeff", "").replace('\u00a0', ' ')
                .replace("\u200b", "");
        text = cellsOfTabs(text);
        text = spaced(text);
        text = text.replaceAll("\n{3,}", "\n\n").strip();
        if (text.isEmpty()) {
            throw ExtractionRule.READABLE.violation(format == Format.PDF ? "pdf-no-text" : "empty");
        }
        if (text.length() > settings.maxChars()) {
            throw ExtractionRule.SIZE_LIMIT.violation("too-long", settings.maxChars());
        }
        return new Read(format, legacy, text);
    }

    static Format sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Format.PDF;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            if (isWordPackage(b)) {
                return Format.DOCX;
            }
            throw ExtractionRule.SUPPORTED_FORMAT.violation("zip-not-docx");
        }
        if (startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw ExtractionRule.SUPPORTED_FORMAT.violation("legacy-doc");
        }
        if (startsWith(b, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            throw ExtractionRule.SUPPORTED_FORMAT.violation("rtf");
        }
        int control = 0;
        int n = Math.min(b.length, 8192);
        boolean utf16 = startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xFF});
        for (int i = 0; i < n && !utf16; i++) {
            int c = b[i] & 0xff;
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        if (control > n / 100) {
            throw ExtractionRule.SUPPORTED_FORMAT.violation("binary");
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading();
        return looksLikeHtml(head) ? Format.HTML : Format.TEXT;
    }

    private static boolean looksLikeHtml(String head) {
        String h = head.length() > 2048 ? head.substring(0, 2048).toLowerCase() : head.toLowerCase();
        return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")
                || (h.startsWith("<") && (h.contains("<p>") || h.contains("<p ") || h.contains("<div")));
    }

    private static boolean isWordPackage(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw ExtractionRule.READABLE.violation("broken");
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw ExtractionRule.READABLE.violation("pdf-protected");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            return stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof vn.dangvu.platform.RuleViolation v) {
                throw v;
            }
            throw ExtractionRule.READABLE.violation("broken");
        }
    }

    /**
     * The text of a Word file, paragraph by paragraph, and each table's rows as cells set apart by "|" (see
     * {@link #row}): a cell spanning columns repeated in each, a cell merged with the one above left empty.
     */
    private static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    table(t, out);
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFSDT sdt) {
                    out.append(sdt.getContent().getText()).append('\n'); // a content control's words
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw ExtractionRule.READABLE.violation("broken");
        }
    }

    private static void table(XWPFTable table, StringBuilder out) {
        out.append('\n');
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                var pr = cell.getCTTc().getTcPr();
                boolean continued = pr != null && pr.getVMerge() != null && (pr.getVMerge().getVal() == null
                        || !"restart".equals(pr.getVMerge().getVal().toString()));
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? pr.getGridSpan().getVal().intValue() : 1;
                String content = continued ? "" : cell.getText();
                for (int i = 0; i < Math.max(1, span); i++) {
                    cells.add(content);
                }
            }
            out.append(row(cells)).append('\n');
        }
        out.append('\n');
    }

    /**
     * A table's row as text: its cells' words on one line between "|" marks, the first and the last too, so that an
     * empty first cell stays a cell ("| | Cộng | 183 |"); "|" inside a cell becomes "/".
     */
    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            String words = cell.replace('|', '/').replaceAll("\\s+", " ").strip();
            line.append(words.isEmpty() ? " |" : " " + words + " |");
        }
        return line.toString();
    }

    /** A list marker and the tab after it ("1.\t", "-\t", "a)\t"): the tab only indents. */
    private static final java.util.regex.Pattern MARKER_TAB =
            java.util.regex.Pattern.compile("^(\\s*(?:[-–+•*]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)]|[IVXLC]+[.)]))\\t+");

    /**
     * Lines with tabs between words, as a table copied from Word or a spreadsheet gives them: in a run of such lines
     * where one has two tabs or more between words, each tab sets cells apart ("|"); a tab that only indents (at the
     * line's start, its end, after a list marker), and the one tab between labels and values, becomes a space.
     */
    static String cellsOfTabs(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int[] tabs = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String body = lines[i].strip().replaceAll("\\t+", "\t");
            tabs[i] = (int) body.chars().filter(ch -> ch == '\t').count();
            if (tabs[i] == 1 && MARKER_TAB.matcher(lines[i]).find()) {
                tabs[i] = 0; // "1.\tKết nạp …": the tab after a list marker only indents
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < lines.length; ) {
            int j = i;
            int most = 0;
            while (j < lines.length && tabs[j] > 0) {
                most = Math.max(most, tabs[j]);
                j++;
            }
            if (j == i) {
                append(out, MARKER_TAB.matcher(lines[i]).replaceFirst("$1 ").replace('\t', ' '));
                i++;
                continue;
            }
            // A run of lines with tabs between words: two tabs on one of them make the run a table, else each tab is a
            // space between a label and its value, as it always was here.
            for (int k = i; k < j; k++) {
                if (most >= 2) {
                    append(out, row(List.of(lines[k].stripTrailing().split("\t", -1)))); // a leading tab: an empty cell
                } else {
                    String l = MARKER_TAB.matcher(lines[k]).replaceFirst("$1 ");
                    String lead = l.replaceAll("^([ \\t]*).*$", "$1").replace('\t', ' ');
                    append(out, lead + l.strip().replaceAll("[ ]*\\t+[ ]*", " "));
                }
            }
            i = j;
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String line) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(line);
    }

    /** The text of an HTML page, a line per block; scripts, styles and navigation dropped. */
    static String html(String html) {
        var doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, iframe, svg, button").remove();
        for (Element form : doc.select("form")) {
            if (form.select("p, table, article, h1, h2").isEmpty()) {
                form.remove(); // a search box; a page built as one form (ASP.NET) keeps its article
            }
        }
        var tables = doc.select("table");
        for (int i = tables.size() - 1; i >= 0; i--) {
            Element t = tables.get(i); // innermost first: a table inside a cell is that cell's words
            t.replaceWith(rows(t));
        }
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.hasAttr(ROW)) {
                    lineBreak(out); // a table's rows are lines, one under the other
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.hasAttr(ROW)) {
                    lineBreak(out);
                } else if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        });
        return out.toString().replaceAll("[ ]{2,}", " ").replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n\n");
    }

    /**
     * An HTML table as a block of lines, a row each, its cells set apart by "|": a cell spanning columns repeated in
     * each, the places of a cell spanning rows left empty in the rows below it.
     */
    private static Element rows(Element table) {
        Element block = new Element("div");
        java.util.Map<Integer, Integer> spanned = new java.util.HashMap<>(); // column -> rows still covered from above
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (spanned.getOrDefault(column, 0) > 0) {
                    spanned.merge(column, -1, Integer::sum);
                    cells.add("");
                    column++;
                }
                int colspan = Math.max(1, Math.min(50, intAttr(cell, "colspan")));
                int rowspan = Math.max(1, Math.min(500, intAttr(cell, "rowspan")));
                for (int i = 0; i < colspan; i++) {
                    cells.add(cell.text());
                    if (rowspan > 1) {
                        spanned.put(column, rowspan - 1);
                    }
                    column++;
                }
            }
            while (spanned.getOrDefault(column, 0) > 0) {
                spanned.merge(column, -1, Integer::sum);
                cells.add("");
                column++;
            }
            block.appendChild(new Element("div").attr(ROW, "").text(row(cells)));
        }
        return block;
    }

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).strip());
        } catch (NumberFormatException ex) {
            return 1;
        }
    }

    /** The mark of the lines {@link #rows} writes for a table's rows. */
    private static final String ROW = "data-dangvu-row";

    private static void lineBreak(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append("\n\n");
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, UTF-16 with its mark, else each byte as a Latin-1 character. */
    static String decode(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}
