package vn.dangvu.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import vn.dangvu.extraction.Extraction.Furniture;
import vn.dangvu.extraction.Extraction.Figure;

/**
 * Reads a report (a file or pasted text) and proposes its facts. Reading writes nothing: the facts are
 * proposals until a person confirms them into the unit's records.
 */
@Service
public class ReportExtractor {

    private final ReportReader reader;
    private final ExtractionSettings settings;

    ReportExtractor(ExtractionSettings settings) {
        this.reader = new ReportReader(settings);
        this.settings = settings;
    }

    /** Refuses a file by its announced size before it is read into memory. */
    public void checkSize(long bytes) {
        if (bytes > settings.maxBytes()) {
            throw ExtractionRule.SIZE_LIMIT.violation("too-large", settings.maxBytes() / (1024 * 1024));
        }
    }

    /** A file of any supported format, told by its content; a refused file answers a named rule. */
    public Extraction read(byte[] file) {
        return extract(reader.read(file));
    }

    /** Pasted text (or HTML). */
    public Extraction readText(String text) {
        return extract(reader.text(text));
    }

    private static Extraction extract(ReportReader.Read read) {
        return extract(read.text(), read.format().name().toLowerCase(), read.legacy() == null ? null : read.legacy().name());
    }

    static Extraction extract(String text, String format, String legacy) {
        FactRules facts = new FactRules(text);
        ReportLines lines = new ReportLines(text);
        List<Furniture> furniture = lines.withoutLists(facts.furniture());
        boolean[] blocked = new boolean[text.length() + 1];
        for (Furniture f : furniture) {
            for (int i = f.start(); i < f.end(); i++) {
                blocked[i] = true;
            }
        }
        // The headline restates the body's figures: its numbers are not read twice.
        boolean[] forFigures = blocked.clone();
        int headline = text.indexOf('\n');
        int bodyStart = headline < 0 ? 0 : headline;
        for (int i = 0; i < bodyStart; i++) {
            forFigures[i] = true;
        }
        var unit = facts.unit(blocked, bodyStart);
        // Page furniture ("Tin liên quan" headlines, bylines, counters) holds no figures of the report, in lines or not.
        FigureRules sentences = new FigureRules(text, forFigures);
        List<Figure> figures = lines.merge(sentences.figures()).stream()
                .filter(f -> !anyBlocked(blocked, f.start(), f.end()) && !aYear(f) && !sentences.planned(f.start())
                        && !floor(text, f)).toList();
        figures = withoutRestatements(text, figures);
        return new Extraction(text, format, legacy, unit, facts.superior(blocked, unit), facts.terms(blocked),
                facts.events(blocked), facts.people(blocked), facts.documents(blocked), figures, furniture);
    }

    private static final Pattern YEAR = Pattern.compile("(?<![a-z])(?:nam|sinh nam|tu nam|den nam)\\s+((?:19|20)\\d{2})(?![0-9])");

    /** "(đồng chí Hà Thị Lan, sinh năm 2001)": a year is never a count, whichever reading took it for one. */
    private static boolean aYear(Figure f) {
        Matcher m = YEAR.matcher(FigureRules.fold(f.text()));
        while (m.find()) {
            if (new BigDecimal(m.group(1)).compareTo(f.value()) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A report tells its main results more than once: in the lead and again in the body, in a sentence and again in
     * its summary ("kết nạp 68 đảng viên, đạt 113,3%" … "68 đảng viên mới được kết nạp"). The same count of the same
     * kind for the same period, said in two sentences of prose, is one fact; the first telling is kept. A later telling
     * that names no period restates the earlier one, whatever period that named. Rows of a
     * table and the items of one sentence are parts, which may well be equal ("Huy hiệu 70 năm: 1; 75 năm: 1").
     */
    static List<Figure> withoutRestatements(String text, List<Figure> figures) {
        java.util.Map<String, Integer> told = new java.util.HashMap<>();
        List<Figure> out = new java.util.ArrayList<>();
        for (Figure f : figures) {
            if (!prose(text, f)) {
                out.add(f);
                continue;
            }
            String fact = f.kind() + "=" + f.value().stripTrailingZeros();
            int sentence = sentenceStart(text, f.start());
            Integer first = told.putIfAbsent(fact + "@" + f.period(), sentence);
            // a telling that names no period restates the same count told earlier for any period
            Integer any = told.putIfAbsent(fact, sentence);
            if (f.period() == null && any != null && any != sentence) {
                continue;
            }
            if (first == null || first == sentence) {
                out.add(f);
            }
        }
        return out;
    }

    /** A figure said in a sentence: not a cell of a table, not an item of a list ("Huy hiệu 30 năm: 21 đồng chí"). */
    private static boolean prose(String text, Figure f) {
        int line = text.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', f.start());
        String l = text.substring(line, lineEnd < 0 ? text.length() : lineEnd);
        int colon = text.lastIndexOf(':', f.end() - 1);
        // the value right after a label's colon, not a clause further on ("Kết quả năm 2025: 20/21 chi bộ …; 02 đồng chí …")
        boolean item = colon >= line && text.substring(colon + 1, f.end()).matches("\\s*\\d[^;]*");
        return !l.contains("|") && !l.contains("\t") && !l.contains("   ") && !item && f.text().matches("(?s).*\\p{L}.*");
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || c == '.' && i + 1 < text.length() && !Character.isDigit(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final Pattern FROM = Pattern.compile("(?<![a-z])tu \\d");
    private static final Pattern FLOOR_AFTER = Pattern.compile("[^.;\\n]{0,60}?(?<![a-z])tro len(?![a-z])");

    /** "Kết nạp từ 450 đảng viên trở lên", "ít nhất 01 quần chúng": a floor set, not a count, whoever read it. */
    private static boolean floor(String text, Figure f) {
        String q = f.qualifier() == null ? "" : FigureRules.fold(f.qualifier());
        boolean from = q.equals("tu") || FROM.matcher(FigureRules.fold(f.text())).find();
        return q.equals("it nhat") || from && FLOOR_AFTER.matcher(FigureRules.fold(text)).region(f.end(), text.length())
                .lookingAt();
    }

    private static boolean anyBlocked(boolean[] blocked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (blocked[i]) {
                return true;
            }
        }
        return false;
    }
}
