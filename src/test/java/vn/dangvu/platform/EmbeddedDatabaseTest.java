package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseTest {

    @TempDir Path directory;

    @Test
    void keepsDataBetweenRuns() throws Exception {
        var settings = new EmbeddedDatabaseSettings(directory, false, Map.of());
        try (var db = EmbeddedDatabase.start(settings);
             var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("create table kept (v text); insert into kept values ('còn đây')");
        }
        try (var db = EmbeddedDatabase.start(settings);
             var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("còn đây");
        }
    }

    @Test
    void secondInstanceOnTheSameDirectoryStopsWithAClearMessage() {
        var settings = new EmbeddedDatabaseSettings(directory, false, Map.of());
        try (var first = EmbeddedDatabase.start(settings)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(settings))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, e -> {
                        FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(e);
                        assertThat(analysis.getDescription()).contains("Another Dangvu is already running")
                                .contains(directory.toString());
                    });
            assertThat(first.port()).isPositive();
        }
    }

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOne() {
        var app = new SpringApplication(EmbeddedDatabaseConfiguration.class);
        app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/none"));
        try (var context = app.run()) {
            assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
        }
    }
}
