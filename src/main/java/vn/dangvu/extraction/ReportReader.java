package vn.dangvu.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

    private Read normalized(Format format, String raw) {
        LegacyEncoding legacy = LegacyEncoding.detect(raw);
        String text = legacy == null ? raw : legacy.decode(raw);
        text = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace("\ufeff", "").replace('\u00a0', ' ')
                .replace("\u200b", "").replace('\t', ' ');
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

    private static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw ExtractionRule.READABLE.violation("broken");
        }
    }

    /** The text of an HTML page, a line per block; scripts, styles and navigation dropped. */
    static String html(String html) {
        var doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, iframe, svg, form, button").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        });
        return out.toString().replaceAll("[ ]{2,}", " ").replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n\n");
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
