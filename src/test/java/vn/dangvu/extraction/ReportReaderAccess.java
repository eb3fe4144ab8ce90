package vn.dangvu.extraction;

/** The reader's normalization for tests that start from text. */
final class ReportReaderAccess {

    private ReportReaderAccess() {
    }

    static String normalize(String text) {
        return new ReportReader(new ExtractionSettings(null, null)).text(text).text();
    }
}
