package vn.dangvu.extraction;

import vn.dangvu.platform.RuleViolation;

/** What a report must be for Dangvu to read it, each rule named once; a refused file changes nothing. */
enum ExtractionRule {

    /** Word (.docx), PDF with a text layer, HTML or plain text, recognized by content, not by the file's name. */
    SUPPORTED_FORMAT,
    /** Not larger than {@code dangvu.extraction.max-bytes} (10 MB unless configured). */
    SIZE_LIMIT,
    /** A file that can be opened and holds some text. */
    READABLE;

    String ruleName() {
        return "extraction." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "extraction.rule." + detailKey, arguments);
    }
}
