package vn.dangvu.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report as PDF: the same {@link ReportDocument} filled into an XHTML template
 * ({@code templates/reports/pdf/report.xhtml}) and laid out by openhtmltopdf, with the bundled
 * Liberation Serif embedded so Vietnamese reads the same on every machine.
 */
public final class PdfWriter {

    private static final SpringTemplateEngine ENGINE = engine();

    private PdfWriter() {
    }

    /** The XHTML the PDF is drawn from. */
    static String xhtml(ReportDocument doc) {
        Context context = new Context(java.util.Locale.forLanguageTag("vi"));
        context.setVariables(Map.of("doc", doc, "format", new FormatView()));
        return ENGINE.process("report", context);
    }

    public static byte[] write(ReportDocument doc) {
        String html = xhtml(doc);
        try (var out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            String[] files = DocumentFormat.PDF_FONT_FILES;
            int[] weights = {400, 700, 400, 700};
            FontStyle[] styles = {FontStyle.NORMAL, FontStyle.NORMAL, FontStyle.ITALIC, FontStyle.ITALIC};
            for (int i = 0; i < files.length; i++) {
                byte[] font = FONTS.get(i);
                builder.useFont(() -> new java.io.ByteArrayInputStream(font), DocumentFormat.PDF_FONT_FAMILY,
                        weights[i], styles[i], true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.List<byte[]> FONTS = java.util.Arrays.stream(DocumentFormat.PDF_FONT_FILES)
            .map(PdfWriter::read).toList();

    private static byte[] read(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/reports/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The values of {@link DocumentFormat} the stylesheet needs, as CSS lengths. */
    public static final class FormatView {
        public String margins() {
            return DocumentFormat.MARGIN_TOP_MM + "mm " + DocumentFormat.MARGIN_RIGHT_MM + "mm "
                    + DocumentFormat.MARGIN_BOTTOM_MM + "mm " + DocumentFormat.MARGIN_LEFT_MM + "mm";
        }

        public String css() {
            return """
                    @page { size: A4 portrait; margin: %s;
                            @top-center { content: counter(page); font-family: '%s'; font-size: %dpt; } }
                    @page :first { @top-center { content: none; } }
                    body { font-family: '%s'; font-size: %dpt; color: #000; }
                    table.head, table.sign { width: 100%%; border-collapse: collapse; }
                    table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
                    .party { font-size: %dpt; font-weight: bold; text-decoration: underline; }
                    .issuer { font-weight: bold; }
                    .date { font-style: italic; font-size: %dpt; margin-top: 6pt; }
                    h1 { font-size: %dpt; text-align: center; margin: 18pt 0 0 0; }
                    .subject { font-size: %dpt; font-weight: bold; text-align: center; margin: 0; }
                    .rule { text-align: center; margin: 0 0 12pt 0; }
                    p.body, p.item { text-align: justify; text-indent: %scm; margin: 0 0 %dpt 0; line-height: %dpt; }
                    p.h0 { text-align: center; font-weight: bold; margin: 6pt 0; }
                    p.h1, p.h2 { font-weight: bold; margin: 6pt 0; }
                    p.caption { text-align: center; font-weight: bold; margin: 8pt 0 4pt 0; page-break-after: avoid; }
                    table.grid { width: 100%%; border-collapse: collapse; font-size: %dpt; -fs-table-paginate: paginate; }
                    table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 3pt; }
                    table.grid th { font-weight: bold; text-align: center; }
                    table.grid td.c { text-align: center; }
                    table.grid tr { page-break-inside: avoid; }
                    img.chart { width: 100%%; }
                    table.sign { margin-top: 12pt; page-break-inside: avoid; }
                    table.sign td.recipients { text-align: left; font-size: %dpt; }
                    .recipients .heading { font-size: %dpt; text-decoration: underline; }
                    .space { height: %dpt; }
                    """.formatted(margins(), DocumentFormat.PDF_FONT_FAMILY, DocumentFormat.PAGE_NUMBER_SIZE,
                    DocumentFormat.PDF_FONT_FAMILY, DocumentFormat.BODY_SIZE, DocumentFormat.PARTY_NAME_SIZE,
                    DocumentFormat.DATE_LINE_SIZE, DocumentFormat.TITLE_SIZE, DocumentFormat.SUBJECT_SIZE,
                    DocumentFormat.FIRST_LINE_INDENT_CM, DocumentFormat.PARAGRAPH_SPACING_PT,
                    DocumentFormat.LINE_SPACING_PT, DocumentFormat.TABLE_SIZE, DocumentFormat.RECIPIENTS_SIZE,
                    DocumentFormat.RECIPIENTS_HEADING_SIZE, DocumentFormat.SIGNATURE_SPACE_LINES * 18);
        }

        public String partyName() {
            return DocumentFormat.PARTY_NAME;
        }

        public String star() {
            return DocumentFormat.ISSUER_STAR;
        }

        public String title() {
            return DocumentFormat.TITLE;
        }

        public String subjectRule() {
            return DocumentFormat.SUBJECT_RULE;
        }

        public String recipientsHeading() {
            return DocumentFormat.RECIPIENTS_HEADING;
        }
    }
}
