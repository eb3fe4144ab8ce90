package vn.dangvu.synthetic;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Generates synthetic data when the application is started with {@code --dangvu.synthetic.generate};
 * see docs/benchmarks.md for the command. With {@code --dangvu.synthetic.exit=true} it stops the
 * application afterwards, with exit code 0 on success.
 */
@Component
@ConditionalOnProperty("dangvu.synthetic.generate")
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final SyntheticSettings settings;
    private final SyntheticTreeGenerator generator;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    SyntheticDataRunner(SyntheticSettings settings, SyntheticTreeGenerator generator, Clock clock,
            ConfigurableApplicationContext context) {
        this.settings = settings;
        this.generator = generator;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"national".equals(settings.generate())) {
            throw new IllegalArgumentException("Unknown synthetic data set '" + settings.generate()
                    + "'; the only one is 'national'");
        }
        LocalDate today = LocalDate.now(clock);
        var report = generator.generateNational(settings.scale(), settings.seed(), settings.replace(), today);
        log.info("Synthetic national tree: {} units planned; rows {}; timings (ms) {}; {} ms in all; standing on {}: {}",
                report.units(), report.rows(), report.millis(), report.totalMillis(), today, report.today());
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
