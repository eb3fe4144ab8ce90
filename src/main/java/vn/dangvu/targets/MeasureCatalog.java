package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.UnitId;

/**
 * Every measure targets can use, gathered from the {@link MeasureProvider}s of all modules, and the
 * one way to read them: a measure's changes for a set of roots over a range, fetched in one query.
 */
@Service
@Transactional(readOnly = true)
public class MeasureCatalog {

    /** The measure a comparison of units opens on when none is chosen: the members on the date. */
    public static final String FIRST_LOOKED_AT = BuiltInMeasures.MEMBERS;

    private final Map<String, Measure> byCode = new LinkedHashMap<>();

    MeasureCatalog(List<MeasureProvider> providers) {
        for (MeasureProvider provider : providers) {
            for (Measure measure : provider.measures()) {
                if (byCode.putIfAbsent(measure.code(), measure) != null) {
                    throw new IllegalStateException("Two measures share the code " + measure.code());
                }
            }
        }
    }

    public List<Measure> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Measure> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The measure for each root, ready to be read for any period in {@code [from, to]} (a flow or a
     * share) or any date up to {@code to} (a stock, whose changes are fetched since ever).
     */
    public MeasureValues values(Measure measure, Collection<UnitId> roots, LocalDate from, LocalDate to) {
        LocalDate start = measure.kind() == MeasureKind.STOCK ? LocalDate.MIN : from;
        List<Long> ids = roots.stream().map(UnitId::value).distinct().sorted().toList();
        return MeasureValues.of(measure, start, to, measure.source().deltas(ids, start, to));
    }

    /**
     * Each root's single figure as of {@code to}: a flow or share over {@code [from, to]}, a stock on
     * {@code to}. Summed in the database: what a roll-up reads.
     */
    public java.util.Map<Long, Partial> totals(Measure measure, Collection<UnitId> roots, LocalDate from, LocalDate to) {
        LocalDate start = measure.kind() == MeasureKind.STOCK ? LocalDate.MIN : from;
        List<Long> ids = roots.stream().map(UnitId::value).distinct().sorted().toList();
        java.util.Map<Long, Partial> out = new java.util.HashMap<>();
        for (Delta d : measure.source().totals(ids, start, to)) {
            out.merge(d.root(), new Partial(d.numerator(), d.denominator()), Partial::plus);
        }
        return out;
    }
}
