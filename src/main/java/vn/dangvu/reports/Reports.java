package vn.dangvu.reports;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.dangvu.organizations.UnitId;

/** A report's model drawn as a file: Word, PDF or Excel. */
@Service
public class Reports {

    /** The three files a report is downloaded as. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> of(String extension) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final ReportBuilder builder;
    private final MessageSource messages;

    Reports(ReportBuilder builder, MessageSource messages) {
        this.builder = builder;
        this.messages = messages;
    }

    public ReportModel model(UnitId unit, ReportPeriod period, Optional<Set<UnitId>> scope) {
        return builder.build(unit, period, scope);
    }

    public ReportDocument document(ReportModel model, ReportDraft draft) {
        return ReportDocument.of(model, draft, messages);
    }

    public byte[] render(ReportModel model, ReportDraft draft, Format format) {
        return switch (format) {
            case DOCX -> DocxWriter.write(document(model, draft));
            case PDF -> PdfWriter.write(document(model, draft));
            case XLSX -> XlsxWriter.write(model, messages);
        };
    }

    /** The targets as progress bars (PNG), empty when the unit has no resolution in force. */
    public Optional<byte[]> chart(ReportModel model) {
        return model.targets().filter(t -> !t.rows().isEmpty()).map(t -> ReportChart.png(t.rows(), model.settings()));
    }

    /** A file name such as "bao-cao-2018-06-30.docx". */
    public static String fileName(ReportModel model, Format format) {
        return "bao-cao-" + model.unit().code().replaceAll("[^A-Za-z0-9-]", "") + "-" + model.period().to() + "."
                + format.extension();
    }
}
