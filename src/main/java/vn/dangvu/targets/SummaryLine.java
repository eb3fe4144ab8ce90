package vn.dangvu.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The line a review writes across a resolution's targets: "10/14 chỉ tiêu đạt 100% trở lên, 3 chỉ
 * tiêu đạt trên 60%". The first band counts targets at or above it; each further band counts those
 * above it and below the band before. Targets with nothing to read count in the total only.
 */
public record SummaryLine(int total, List<Band> bands) {

    public record Band(BigDecimal threshold, boolean inclusive, int count) {
    }

    public static SummaryLine of(List<BigDecimal> percents, ProgressSettings settings) {
        List<Band> bands = new ArrayList<>();
        List<BigDecimal> thresholds = settings.summaryBands();
        for (int i = 0; i < thresholds.size(); i++) {
            BigDecimal threshold = thresholds.get(i);
            BigDecimal above = i == 0 ? null : thresholds.get(i - 1);
            boolean inclusive = i == 0;
            int count = 0;
            for (BigDecimal p : percents) {
                if (p == null) {
                    continue;
                }
                int c = p.compareTo(threshold);
                boolean inBand = inclusive ? c >= 0 : c > 0;
                if (inBand && (above == null || p.compareTo(above) < 0)) {
                    count++;
                }
            }
            bands.add(new Band(threshold, inclusive, count));
        }
        return new SummaryLine(percents.size(), List.copyOf(bands));
    }

    /** The bands after the first that count anything: a report leaves out "0 chỉ tiêu đạt trên 60%". */
    public List<Band> furtherBands() {
        return bands.stream().skip(1).filter(b -> b.count() > 0).toList();
    }

    public Band first() {
        return bands.getFirst();
    }
}
