package vn.dangvu.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import vn.dangvu.reports.ReportModel.Figure;
import vn.dangvu.reports.ReportModel.Section;
import vn.dangvu.reports.ReportModel.TargetRow;

/**
 * A report as a Party document, before it is drawn: the header's texts, the title and subject, the
 * body as blocks, the targets table, the signature and the recipients — every text in Vietnamese,
 * NFC. The Word and PDF writers draw the same blocks, so both read alike.
 */
public record ReportDocument(String superiorBody, String issuer, String number, String dateLine, String subject,
        List<Block> body, List<String> recipients, String onBehalfOf, String position, String signer,
        boolean seal) {

    public sealed interface Block {

        /** The block's kind, for templates: Heading, Paragraph, Item, Table or Chart. */
        default String kind() {
            return getClass().getSimpleName();
        }
    }

    /** A heading: level 0 is a part ("Phần thứ nhất"), 1 a Roman-numbered heading, 2 a numbered one. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A figure line, "- Tổng số đảng viên: 611." */
    public record Item(String text) implements Block {
    }

    /** A table; {@code widths} are relative; {@code repeatHeader} repeats the header on each page. */
    public record Table(List<String> header, List<List<String>> rows, int[] widths, int numericFrom, String caption)
            implements Block {
    }

    public record Chart(byte[] png, int widthPx, int heightPx) implements Block {

        public String dataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        }
    }

    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** The document for a model and its draft (blank when none was written), labels read in Vietnamese. */
    public static ReportDocument of(ReportModel model, ReportDraft draft, MessageSource messages) {
        Locale vi = Locale.forLanguageTag("vi");
        var s = model.settings();
        String issuer = ReportText.upper(model.unit().name());
        String superior = draft.superiorBody() != null ? ReportText.upper(draft.superiorBody())
                : model.unit().superiorName() == null ? "" : ReportText.upper(model.unit().superiorName());
        LocalDate issued = draft.issuedOn() != null ? draft.issuedOn() : model.period().to();
        String dateLine = ReportText.dateLine(draft.place(), issued);

        List<Block> body = new ArrayList<>();
        body.add(new Heading(0, DocumentFormat.PART_ONE));
        body.add(new Heading(0, text(messages, "reports.doc.partOne", vi)));
        int roman = 0;
        for (Section section : model.sections()) {
            body.add(new Heading(1, ROMAN[roman++] + ". " + ReportText.upper(text(messages, section.titleKey(), vi))));
            for (Figure f : section.figures()) {
                body.add(new Item("- " + label(messages, f.labelKey(), f.code(), vi) + ": " + value(f, s) + "."));
            }
        }
        if (!model.conferences().isEmpty()) {
            body.add(new Heading(1, ROMAN[roman++] + ". " + ReportText.upper(text(messages, "reports.doc.conferences", vi))));
            for (ReportModel.Conference c : model.conferences()) {
                StringBuilder line = new StringBuilder("- ").append(text(messages, "reports.doc.conference.day", vi,
                        ReportText.nfc(c.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))))
                        .append(" ").append(ReportText.nfc(c.title()));
                if (!c.guests().isEmpty()) {
                    line.append("; ").append(text(messages, "reports.doc.conference.guests", vi,
                            ReportText.nfc(String.join("; ", c.guests()))));
                }
                if (c.attendance() != null && !c.attendance().isBlank()) {
                    line.append("; ").append(text(messages, "reports.doc.conference.attendance", vi,
                            ReportText.nfc(c.attendance())));
                }
                body.add(new Item(line.append(".").toString()));
            }
        }
        if (model.targets().isPresent()) {
            var t = model.targets().get();
            body.add(new Heading(1, ROMAN[roman++] + ". " + ReportText.upper(text(messages, "reports.doc.targets", vi))));
            body.add(new Paragraph(ReportText.nfc(t.resolutionTitle()) + ": " + summary(t.summary(), messages, vi) + "."));
            body.add(new Chart(ReportChart.png(t.rows(), s), ReportChart.WIDTH, ReportChart.height(t.rows().size())));
            body.add(targetsTable(t.rows(), s, messages, vi));
        }
        body.add(new Heading(1, ROMAN[roman++] + ". " + ReportText.upper(text(messages, "reports.doc.results", vi))));
        paragraphs(body, draft.results());
        body.add(new Heading(1, ROMAN[roman++] + ". " + ReportText.upper(text(messages, "reports.doc.limitations", vi))));
        paragraphs(body, draft.limitations());
        body.add(new Heading(0, DocumentFormat.PART_TWO));
        body.add(new Heading(0, text(messages, "reports.doc.partTwo", vi)));
        paragraphs(body, draft.tasks());
        model.consolidation().ifPresent(c -> {
            List<String> header = new ArrayList<>();
            header.add("TT");
            header.add(text(messages, "reports.doc.subordinate", vi));
            c.columns().forEach(col -> header.add(label(messages, col.labelKey(), col.code(), vi)
                    + (col.kind() == vn.dangvu.targets.MeasureKind.SHARE ? " (%)" : "")));
            List<List<String>> rows = new ArrayList<>();
            int i = 1;
            for (var row : c.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(i++));
                cells.add(ReportText.nfc(row.name()));
                for (int k = 0; k < c.columns().size(); k++) {
                    cells.add(cell(row.values().get(k), c.columns().get(k).kind(), s));
                }
                rows.add(cells);
            }
            List<String> total = new ArrayList<>();
            total.add("");
            total.add(text(messages, "reports.doc.combined", vi));
            for (int k = 0; k < c.columns().size(); k++) {
                total.add(cell(c.combined().get(k), c.columns().get(k).kind(), s));
            }
            rows.add(total);
            int[] widths = new int[header.size()];
            java.util.Arrays.fill(widths, 3);
            widths[0] = 1;
            widths[1] = 6;
            body.add(new Heading(1, ReportText.upper(text(messages, "reports.doc.subordinates", vi))));
            body.add(new Table(header, rows, widths, 2, null));
        });

        List<String> recipients = new ArrayList<>();
        draft.recipients().forEach(r -> recipients.add(DocumentFormat.RECIPIENT_BULLET + ReportText.nfc(r)
                + DocumentFormat.RECIPIENT_END));
        recipients.add(DocumentFormat.LAST_RECIPIENT);
        String position = draft.signerPosition() == null ? DocumentFormat.SECRETARY : ReportText.upper(draft.signerPosition());
        return new ReportDocument(superior, issuer, ReportText.documentNumber(draft.number(), model.unit().type()),
                dateLine, ReportText.subject(model), List.copyOf(body), List.copyOf(recipients),
                DocumentFormat.onBehalfOf(model.unit().type()), position, ReportText.nfc(draft.signerName()),
                DocumentFormat.hasSeal(model.unit().type()));
    }

    static Table targetsTable(List<TargetRow> rows, vn.dangvu.targets.ProgressSettings s, MessageSource messages,
            Locale vi) {
        List<List<String>> cells = new ArrayList<>();
        for (TargetRow r : rows) {
            boolean percent = r.quantity() == vn.dangvu.targets.Quantity.PERCENT;
            cells.add(List.of(String.valueOf(r.number()), ReportText.nfc(r.title()),
                    r.unitLabel() == null ? (percent ? "%" : "") : ReportText.nfc(r.unitLabel()),
                    (r.lessIsBetter() ? "≤ " : "") + ReportText.number(r.goal()),
                    r.result() == null ? "–" : ReportText.number(r.result()), ReportText.percent(r.percent(), s),
                    r.verdict() == Verdict.NO_DATA ? "" : text(messages, r.verdict().messageKey(), vi),
                    r.lessIsBetter() ? DocumentFormat.LESS_IS_BETTER_MARK : ""));
        }
        return new Table(List.of(DocumentFormat.TARGET_TABLE_HEADER), cells, new int[] {1, 8, 2, 3, 3, 3, 3, 3}, 3,
                DocumentFormat.TARGETS_APPENDIX);
    }

    /** "10/14 chỉ tiêu đạt 100% trở lên, 3 chỉ tiêu đạt trên 60%". */
    static String summary(vn.dangvu.targets.SummaryLine summary, MessageSource messages, Locale vi) {
        if (summary.total() == 0) {
            return text(messages, "reports.doc.noTargets", vi);
        }
        List<String> parts = new ArrayList<>();
        parts.add(messages.getMessage("reports.doc.summary.first", new Object[] {String.valueOf(summary.first().count()),
                String.valueOf(summary.total()), ReportText.number(summary.first().threshold())}, vi));
        for (var band : summary.furtherBands()) {
            parts.add(messages.getMessage("reports.doc.summary.further", new Object[] {String.valueOf(band.count()),
                    ReportText.number(band.threshold())}, vi));
        }
        return ReportText.nfc(String.join(", ", parts));
    }

    static String value(Figure f, vn.dangvu.targets.ProgressSettings s) {
        if (f.share()) {
            return f.denominator() == 0 ? "–"
                    : ReportText.percent(f.value(), s) + " (" + ReportText.number(f.numerator()) + "/"
                            + ReportText.number(f.denominator()) + ")";
        }
        return ReportText.number(f.value());
    }

    static String cell(java.math.BigDecimal v, vn.dangvu.targets.MeasureKind kind, vn.dangvu.targets.ProgressSettings s) {
        return kind == vn.dangvu.targets.MeasureKind.SHARE ? ReportText.percent(v, s) : ReportText.number(v);
    }

    private static void paragraphs(List<Block> body, String text) {
        if (text == null || text.isBlank()) {
            body.add(new Paragraph("…"));
            return;
        }
        for (String p : text.split("\\n\\s*\\n|\\n")) {
            if (!p.isBlank()) {
                body.add(new Paragraph(ReportText.nfc(p.strip())));
            }
        }
    }

    static String label(MessageSource messages, String key, String code, Locale locale) {
        return ReportText.nfc(messages.getMessage(key, null, code, locale));
    }

    static String text(MessageSource messages, String key, Locale locale) {
        return ReportText.nfc(messages.getMessage(key, null, key, locale));
    }

    static String text(MessageSource messages, String key, Locale locale, Object... args) {
        return ReportText.nfc(messages.getMessage(key, args, key, locale));
    }
}
