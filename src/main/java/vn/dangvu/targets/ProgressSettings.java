package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a committee reads its targets: the percentage at which a target counts as reached, the share
 * of the expected pace at which it is on track, the bands of the summary line, and how percentages
 * are rounded (whole percent, half up, unless the committee says otherwise: a report reads
 * "đạt 70%", not "đạt 70,0%").
 */
public record ProgressSettings(BigDecimal reachedAt, BigDecimal onTrackAt, List<BigDecimal> summaryBands,
        int percentScale, RoundingMode rounding) {

    /** Rounding modes a committee may choose: cut (xuống), half up (làm tròn), or up (lên). */
    public static final Set<RoundingMode> ROUNDINGS = Set.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP);

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1000);

    /** Declared after the constants its constructor checks against. */
    public static final ProgressSettings DEFAULT = new ProgressSettings(BigDecimal.valueOf(100),
            BigDecimal.valueOf(100), List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(60)), 0, RoundingMode.HALF_UP);

    public ProgressSettings {
        if (reachedAt == null || onTrackAt == null || summaryBands == null || rounding == null) {
            throw TargetRule.BANDS.violation("bands-required");
        }
        if (!positive(reachedAt) || !positive(onTrackAt)) {
            throw TargetRule.BANDS.violation("bands-positive");
        }
        if (summaryBands.isEmpty() || summaryBands.size() > 4) {
            throw TargetRule.BANDS.violation("bands-count");
        }
        for (int i = 0; i < summaryBands.size(); i++) {
            BigDecimal band = summaryBands.get(i);
            if (band == null || !positive(band) || i > 0 && band.compareTo(summaryBands.get(i - 1)) >= 0) {
                throw TargetRule.BANDS.violation("bands-descending");
            }
        }
        if (percentScale < 0 || percentScale > 2) {
            throw TargetRule.BANDS.violation("bands-scale");
        }
        if (!ROUNDINGS.contains(rounding)) {
            throw TargetRule.BANDS.violation("bands-rounding");
        }
        summaryBands = List.copyOf(summaryBands);
    }

    /** Reads "100, 60" or "100;60" as bands, or refuses it under {@link TargetRule#BANDS}. */
    public static List<BigDecimal> parseBands(String text) {
        List<BigDecimal> bands = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[;,\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    bands.add(new BigDecimal(part.strip()));
                } catch (NumberFormatException e) {
                    throw TargetRule.BANDS.violation("bands-descending");
                }
            }
        }
        return bands;
    }

    public String bandsText() {
        return String.join(", ", summaryBands.stream().map(BigDecimal::toPlainString).toList());
    }

    /** The percentage as the committee writes it. */
    public BigDecimal round(BigDecimal percent) {
        return percent == null ? null : percent.setScale(percentScale, rounding);
    }

    private static boolean positive(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(LIMIT) <= 0;
    }
}
