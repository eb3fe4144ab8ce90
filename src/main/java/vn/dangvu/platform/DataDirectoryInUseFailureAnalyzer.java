package vn.dangvu.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a start-up message a person can act on. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "Another Dangvu is already running with its embedded database in " + cause.directory()
                        + ". Two servers on one data directory would corrupt it, so this one did not start.",
                "Stop the other instance, or start this one with another directory "
                        + "(--dangvu.embedded-database.directory=...), or point it at an external PostgreSQL "
                        + "with SPRING_DATASOURCE_URL.",
                cause);
    }
}
