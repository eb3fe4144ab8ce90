package vn.dangvu.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what is read: the largest file accepted and the longest text extracted from it (a small
 * compressed file can unfold into a huge text).
 */
@ConfigurationProperties("dangvu.extraction")
public record ExtractionSettings(Long maxBytes, Integer maxChars) {

    public ExtractionSettings {
        maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
        maxChars = maxChars == null ? 1_000_000 : maxChars;
    }
}
