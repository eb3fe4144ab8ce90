package vn.dangvu.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to generate when the application starts with {@code --dangvu.synthetic.generate=national}.
 *
 * @param generate the data set to make; only {@code national} exists
 * @param scale 1.0 for the whole country (about 320,000 units today), smaller for a smaller tree
 * @param seed the same seed and scale always give the same tree
 * @param replace delete every unit already in the database (and everything that refers to them) first
 * @param exit stop the application when the data are written
 */
@ConfigurationProperties("dangvu.synthetic")
record SyntheticSettings(
        String generate,
        @DefaultValue("1.0") double scale,
        @DefaultValue("20250701") long seed,
        @DefaultValue("false") boolean replace,
        @DefaultValue("false") boolean exit) {
}
