package vn.dangvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.extraction.Extraction.Figure;

/**
 * Precision and recall of figures (what is counted and its value both right) on the report texts under
 * src/test/resources/extraction: the tuning set the rules were written against, a held-out set written before the
 * rules, a blind set written after the session-2 rules were frozen, and a fresh set by an author who never saw the
 * rules. All four have now been tuned on, so none is an estimate for unseen reports. Prints all four; asserts the
 * thresholds on the tuning set and floors on the others. Reproduce with
 * {@code ./mvnw -B -o test -Dtest=ExtractionBenchmarkTest}; the figures are also written to
 * target/extraction-benchmark.txt.
 */
class ExtractionBenchmarkTest {

    record Score(int expected, int found, int correct, List<String> misses) {
        double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) correct / expected;
        }

        String line(String set, int files) {
            return String.format(Locale.ROOT, "%s: %d reports, %d expected figures, %d extracted, %d correct: "
                    + "precision %.3f, recall %.3f", set, files, expected, found, correct, precision(), recall());
        }
    }

    static final String[] TUNING = names("tuning", "t", 12);
    static final String[] HELD_OUT = names("heldout", "h", 10);
    /** Written after the session-2 rules were frozen and measured once (0.903 / 0.800); used for tuning in session 3. */
    static final String[] BLIND = names("blind", "b", 6);
    /**
     * Written in session 3 by another author who never read the rules nor ran them (conventions in fresh/README.md);
     * measured once unseen (0.882 / 0.810), then tuned on in session 4, so it is no longer unseen.
     */
    static final String[] FRESH = names("fresh", "f", 24);
    /**
     * Written in session 4 by an author who never read the rules nor ran them, committed before that session's
     * rule changes (conventions in fresh2/README.md); measured once, then tuned on in session 5, so its misses are
     * printed.
     */
    static final String[] FRESH2 = names("fresh2", "g", 30);
    /** Written in session 4 by a third author, as FRESH2 (conventions in fresh3/README.md); measured, then tuned on in session 5. */
    static final String[] FRESH3 = names("fresh3", "k", 30);
    /**
     * Written in session 5 by two more authors who never read the rules nor ran them (fresh4/README.md: news and other
     * published texts; fresh5/README.md: dry administrative documents with tables); measured twice, then tuned on in
     * session 5, so their misses are printed.
     */
    static final String[] FRESH4 = names("fresh4", "p", 20);
    static final String[] FRESH5 = names("fresh5", "b", 20);
    /**
     * Written in session 5 by two more authors, after fresh4 and fresh5 had been measured and while the rules were tuned
     * on them (fresh6/README.md: news and other published texts; fresh7/README.md: administrative documents with
     * tables); measured unseen in sessions 5 and 6, then tuned on in session 7, so their misses are printed.
     */
    static final String[] FRESH6 = names("fresh6", "c", 16);
    static final String[] FRESH7 = names("fresh7", "d", 16);
    /**
     * Written in session 6 by another author who never read the rules nor ran them (fresh8/README.md: ten news articles
     * and ten administrative documents, six of them whole web pages with HTML tables); measured once with the rules of
     * 00def8c, then tuned on, so its misses are printed.
     */
    static final String[] FRESH8 = names("fresh8", "e", 20);
    /**
     * Written in session 6 by another author, at the same time as FRESH8 (fresh9/README.md: nine news articles and nine
     * administrative documents, six of them web pages); measured once, unseen, at session 6's end (0.908 / 0.902),
     * then tuned on in session 7, so its misses are printed.
     */
    static final String[] FRESH9 = names("fresh9", "h", 18);
    /**
     * Written in session 7 by another author who never read the rules nor ran them (fresh10/README.md: ten news
     * articles and ten administrative documents, six of them whole web pages); measured once, unseen, at the end of
     * session 7 (0.888 / 0.812), then tuned on in session 8, so its misses are printed.
     */
    static final String[] FRESH10 = names("fresh10", "j", 20);
    /**
     * Written in session 8 by another author who never read the rules nor ran them (fresh11/README.md: ten news
     * articles and ten administrative documents, six of them whole web pages, one text in NFD); measured once, unseen,
     * at the end of session 8, never tuned on, so its misses are not printed.
     */
    static final String[] FRESH11 = names("fresh11", "k", 20);

    private static String[] names(String dir, String prefix, int n) {
        String[] out = new String[n];
        for (int i = 1; i <= n; i++) {
            out[i - 1] = dir + "/" + prefix + String.format("%02d", i);
        }
        return out;
    }

    static Score score(String... reports) throws IOException {
        int expected = 0;
        int found = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String report : reports) {
            JsonNode truth = json.readTree(resource(report + ".json"));
            List<String> wanted = new ArrayList<>();
            for (JsonNode f : truth.get("figures")) {
                wanted.add(f.get("kind").asString() + "=" + new BigDecimal(f.get("value").asString()).stripTrailingZeros().toPlainString());
            }
            // A web page is read as an uploaded file is: its format told by its content, its tables kept as cells.
            byte[] page = bytes(report + ".html");
            Extraction extraction = page != null ? ReportReaderAccess.read(page)
                    : ReportExtractor.extract(ReportReaderAccess.normalize(resource(report + ".txt")), "text", null);
            expected += wanted.size();
            for (Figure f : extraction.figures()) {
                assertThat(extraction.text().substring(f.start(), f.end())).isEqualTo(f.text());
                found++;
                String key = f.kind() + "=" + f.value().stripTrailingZeros().toPlainString();
                if (wanted.remove(key)) {
                    correct++;
                } else {
                    misses.add(report + " wrong: " + key + " «" + f.text() + "»");
                }
            }
            for (String w : wanted) {
                misses.add(report + " missed: " + w);
            }
        }
        return new Score(expected, found, correct, misses);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ExtractionBenchmarkTest.class.getResourceAsStream("/extraction/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtractionBenchmarkTest.class.getResourceAsStream("/extraction/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void figuresOfTheTuningSetAreFoundWithHighPrecisionAndRecallAndTheHeldOutSetIsMeasured() throws IOException {
        Score tuning = score(TUNING);
        Score heldOut = score(HELD_OUT);
        Score blind = score(BLIND);
        Score fresh = score(FRESH);
        Score fresh2 = score(FRESH2);
        Score fresh3 = score(FRESH3);
        Score fresh4 = score(FRESH4);
        Score fresh5 = score(FRESH5);
        Score fresh6 = score(FRESH6);
        Score fresh7 = score(FRESH7);
        Score fresh8 = score(FRESH8);
        Score fresh9 = score(FRESH9);
        Score fresh10 = score(FRESH10);
        Score fresh11 = score(FRESH11);
        String report = tuning.line("tuning", TUNING.length) + "\n" + heldOut.line("held-out", HELD_OUT.length) + "\n"
                + blind.line("blind", BLIND.length) + "\n" + fresh.line("fresh", FRESH.length) + "\n"
                + fresh2.line("fresh2", FRESH2.length) + "\n" + fresh3.line("fresh3", FRESH3.length) + "\n"
                + fresh4.line("fresh4", FRESH4.length) + "\n" + fresh5.line("fresh5", FRESH5.length) + "\n"
                + fresh6.line("fresh6", FRESH6.length) + "\n" + fresh7.line("fresh7", FRESH7.length) + "\n"
                + fresh8.line("fresh8", FRESH8.length) + "\n" + fresh9.line("fresh9", FRESH9.length) + "\n"
                + fresh10.line("fresh10", FRESH10.length) + "\n" + fresh11.line("fresh11", FRESH11.length) + "\n"
                + String.join("\n", tuning.misses()) + "\n" + String.join("\n", heldOut.misses()) + "\n"
                + String.join("\n", blind.misses()) + "\n" + String.join("\n", fresh.misses()) + "\n"
                + String.join("\n", fresh2.misses()) + "\n" + String.join("\n", fresh3.misses()) + "\n"
                + String.join("\n", fresh4.misses()) + "\n" + String.join("\n", fresh5.misses()) + "\n"
                + String.join("\n", fresh6.misses()) + "\n" + String.join("\n", fresh7.misses()) + "\n"
                + String.join("\n", fresh8.misses()) + "\n" + String.join("\n", fresh9.misses()) + "\n"
                + String.join("\n", fresh10.misses()) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-benchmark.txt"), report);
        assertThat(tuning.precision()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(tuning.recall()).as(report).isGreaterThanOrEqualTo(0.90);
        // The held-out and blind sets are reported as measured; these floors only catch a collapse of the rules.
        assertThat(heldOut.precision()).as(report).isGreaterThanOrEqualTo(0.75);
        assertThat(heldOut.recall()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(blind.precision()).as(report).isGreaterThanOrEqualTo(0.75);
        assertThat(blind.recall()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh.recall()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh2.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh2.recall()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh3.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh3.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh4.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh4.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh5.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh5.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh6.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh6.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh7.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh7.recall()).as(report).isGreaterThanOrEqualTo(0.40);
        assertThat(fresh8.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh8.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh9.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh9.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh10.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh10.recall()).as(report).isGreaterThanOrEqualTo(0.45);
        assertThat(fresh11.precision()).as(report).isGreaterThanOrEqualTo(0.60);
        assertThat(fresh11.recall()).as(report).isGreaterThanOrEqualTo(0.45);
    }
}
