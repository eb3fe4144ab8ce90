package vn.dangvu.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report says, as proposals for a person to confirm. Every offset is a position in {@link #text()},
 * the report's text in Unicode NFC; each fact's {@code text} is exactly {@code text.substring(start, end)}.
 */
public record Extraction(String text, String format, String legacyEncoding, Mention unit, Mention superior,
        List<Mention> terms, List<Event> events, List<Person> people, List<Document> documents, List<Figure> figures,
        List<Furniture> furniture) {

    /** A name or phrase found in the text. */
    public record Mention(String value, int start, int end, String text) {
    }

    /** A conference, congress or meeting the report is about: its kind (review.halfYear, congress…) and day. */
    public record Event(String kind, LocalDate date, int start, int end, String text) {
    }

    /** A person named, with the titles written after their name. */
    public record Person(String name, List<String> titles, int start, int end, String text) {
    }

    /** A document cited: its kind (Hướng dẫn, Kế hoạch…), number, day and issuer, each null when not written. */
    public record Document(String kind, String number, LocalDate date, String issuer, int start, int end, String text) {
    }

    /**
     * A quantitative statement: what is counted ({@code kind}, such as members.admitted), the catalog measure it
     * maps to when one fits ({@code measure}, null otherwise), the value, the total or target it is measured
     * against ({@code of}), the percentage written with it, the qualifier (gần, hơn, trên…) and the period.
     */
    public record Figure(String kind, String measure, BigDecimal value, BigDecimal of, BigDecimal percent,
            String qualifier, String period, int start, int end, String text) {

        Figure withPercent(BigDecimal p, int newEnd, String fullText) {
            int e = Math.max(end, newEnd);
            return new Figure(kind, measure, value, of, p, qualifier, period, start, e, fullText.substring(start, e));
        }
    }

    /** Page furniture (view counters, related news, bylines, captions, timestamps): shown, never read as facts. */
    public record Furniture(String kind, int start, int end) {
    }
}
