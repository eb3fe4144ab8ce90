package vn.dangvu.extraction;

/** The reader's normalization for tests that start from text. */
final class ReportReaderAccess {

    private ReportReaderAccess() {
    }

    /** A file read as an upload is, then extracted. */
    static Extraction read(byte[] file) {
        return ReportExtractor.extract(new ReportReader(new ExtractionSettings(null, null)).read(file).text(), "file", null);
    }

    static String normalize(String text) {
        return new ReportReader(new ExtractionSettings(null, null)).text(text).text();
    }
}
