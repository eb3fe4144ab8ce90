package vn.dangvu.platform;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files, and the server settings it starts with.
 *
 * @param directory the data directory; the cluster lives in {@code directory/postgres}
 * @param ephemeral start from an empty temporary directory and delete it on shutdown (tests)
 * @param serverSettings {@code postgresql.conf} settings passed to the server
 */
@ConfigurationProperties("dangvu.embedded-database")
public record EmbeddedDatabaseSettings(
        @DefaultValue("./data") Path directory,
        @DefaultValue("false") boolean ephemeral,
        Map<String, String> serverSettings) {

    public EmbeddedDatabaseSettings {
        serverSettings = serverSettings == null ? Map.of() : Map.copyOf(serverSettings);
    }
}
