package vn.dangvu.extraction;
import org.junit.jupiter.api.Test;
class ScratchTest {
    @Test void t() throws Exception {
        String[] cases = java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/cases.txt")).split("\n====\n");
        for (String s : cases) {
            var e = ReportExtractor.extract(ReportReaderAccess.normalize(ReportLinesTest.HEADER + s), "text", null);
            System.out.println("OUT " + e.figures().stream().map(f -> f.kind() + "=" + f.value().stripTrailingZeros().toPlainString() + " «" + f.text() + "»").toList());
            System.out.println("SENT " + new FigureRules(e.text(), new boolean[e.text().length() + 1]).figures().stream().map(f -> f.kind() + "=" + f.value().stripTrailingZeros().toPlainString()).toList());
        }
    }
}
