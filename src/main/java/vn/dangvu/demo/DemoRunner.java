package vn.dangvu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The run command's switch: {@code --demo} (or the property {@code dangvu.demo=true}) loads the demo
 * dataset into an empty database and says so; on a database that already holds data it says why it
 * refuses and the application starts normally with the data it has.
 */
@Component
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoLoader loader;
    private final DemoData data;
    private final Environment environment;

    DemoRunner(DemoLoader loader, DemoData data, Environment environment) {
        this.loader = loader;
        this.data = data;
        this.environment = environment;
    }

    static boolean requested(ApplicationArguments args, Environment environment) {
        return args.containsOption("demo") && !args.getOptionValues("demo").contains("false")
                || environment.getProperty("dangvu.demo", Boolean.class, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(args, environment)) {
            return;
        }
        DemoOutcome outcome = loader.load();
        if (!outcome.loaded()) {
            log.warn("Demo dataset NOT loaded: {}. The demo loads only into an empty database; Dangvu starts normally "
                    + "with the data it has. For the demo, start on an empty data directory, e.g. "
                    + "--demo --dangvu.embedded-database.directory=./data-demo", outcome.reason());
            return;
        }
        log.info("""

                ================================================================
                 Demo dataset loaded in {} ms: {} units, {} people, {} member events (steps: {}).
                   Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ: /units/{}/targets?date=2018-06-12
                   Đảng ủy Liên đoàn Lao động thành phố Cần Thơ:   /units/{}/targets?date=2018-02-02
                 Training classes, conferences and reviews are not in it yet.
                ================================================================""",
                outcome.millis(), outcome.units(), outcome.people(), outcome.events(), String.join(", ", outcome.steps()),
                data.industrialZones().value(), data.laborFederation().value());
    }
}
