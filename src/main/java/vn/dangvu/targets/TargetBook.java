package vn.dangvu.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.VietnameseText;

/**
 * Writes resolutions, their targets, values entered by hand and a committee's settings. Each
 * change is checked against {@link TargetRule} first; a refused change writes nothing.
 */
@Service
@Transactional
public class TargetBook {

    static final int TITLE_MAX = 500;
    static final int LABEL_MAX = 64;
    static final int NOTE_MAX = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GOAL_MAX = new BigDecimal("1000000000000");

    private final TargetStore store;
    private final TermPeriods terms;
    private final MeasureCatalog catalog;
    private final ApplicationEventPublisher events;

    TargetBook(TargetStore store, TermPeriods terms, MeasureCatalog catalog, ApplicationEventPublisher events) {
        this.store = store;
        this.terms = terms;
        this.catalog = catalog;
        this.events = events;
    }

    /** The congress that opened {@code termId} adopts its resolution; dated the congress's day unless said. */
    public Resolution adopt(UnitId unit, long termId, String title, LocalDate adoptedOn) {
        Term term = terms.term(unit, termId).orElseThrow(() -> new NotFoundException("term", termId));
        String clean = requiredText(title, TITLE_MAX, "title-required");
        Window window = terms.window(term);
        LocalDate on = adoptedOn == null ? term.congressOn() : adoptedOn;
        if (!window.contains(on)) {
            throw TargetRule.ONE_RESOLUTION_PER_TERM.violation("adopted-outside-term", on, window.start(), window.end());
        }
        if (store.resolutionExistsForTerm(termId)) {
            throw TargetRule.ONE_RESOLUTION_PER_TERM.violation("resolution-exists", term.label());
        }
        long id = store.insertResolution(unit, termId, clean, on);
        events.publishEvent(new TargetsChanged(unit, "resolution-adopted", id));
        events.publishEvent(new vn.dangvu.platform.RecordChanged("RESOLUTION_ADOPTED", "resolution", id,
                java.util.Set.of(unit.value()), null,
                fields("unit", unit.value(), "term", termId, "title", clean, "adoptedOn", on)));
        return new Resolution(id, unit, termId, clean, on);
    }

    public Target addTarget(long resolutionId, TargetDraft draft) {
        Resolution resolution = store.lockResolution(resolutionId)
                .orElseThrow(() -> new NotFoundException("resolution", resolutionId));
        TargetDraft valid = validate(draft);
        int number = number(resolutionId, valid.number(), 0);
        long id = store.insertTarget(resolutionId, number, valid);
        events.publishEvent(new TargetsChanged(resolution.unit(), "target-added", id));
        Target added = store.target(id).orElseThrow();
        events.publishEvent(new vn.dangvu.platform.RecordChanged("TARGET_ADDED", "target", id,
                java.util.Set.of(resolution.unit().value()), null, fields(added)));
        return added;
    }

    public Target updateTarget(long targetId, TargetDraft draft) {
        Target target = store.lockTarget(targetId).orElseThrow(() -> new NotFoundException("target", targetId));
        Resolution resolution = store.lockResolution(target.resolutionId()).orElseThrow();
        TargetDraft valid = validate(draft);
        if (target.manual() && !store.manualValues(java.util.List.of(targetId)).isEmpty()
                && (valid.manualKind() == null || valid.manualKind() != target.manualKind())) {
            throw TargetRule.MANUAL_VALUES.violation("manual-has-values");
        }
        int number = number(target.resolutionId(), valid.number() == null ? target.number() : valid.number(), targetId);
        store.updateTarget(targetId, number, valid);
        events.publishEvent(new TargetsChanged(resolution.unit(), "target-updated", targetId));
        Target updated = store.target(targetId).orElseThrow();
        events.publishEvent(new vn.dangvu.platform.RecordChanged("TARGET_UPDATED", "target", targetId,
                java.util.Set.of(resolution.unit().value()), fields(target), fields(updated)));
        return updated;
    }

    /** A value entered by hand for {@code [from, to]} within the resolution's term, with a note on where it comes from. */
    public ManualValue enterValue(long targetId, LocalDate from, LocalDate to, BigDecimal value, String note) {
        Target target = store.lockTarget(targetId).orElseThrow(() -> new NotFoundException("target", targetId));
        Resolution resolution = store.resolution(target.resolutionId()).orElseThrow();
        if (!target.manual()) {
            throw TargetRule.MANUAL_VALUES.violation("manual-only");
        }
        if (from == null || to == null || value == null) {
            throw TargetRule.REQUIRED.violation("value-required");
        }
        if (to.isBefore(from)) {
            throw TargetRule.MANUAL_VALUES.violation("manual-period-order", from, to);
        }
        Term term = terms.term(resolution.unit(), resolution.termId()).orElseThrow();
        Window window = terms.window(term);
        if (!window.contains(from) || !window.contains(to)) {
            throw TargetRule.MANUAL_VALUES.violation("manual-period-term", from, to, window.start(), window.end());
        }
        if (value.abs().compareTo(GOAL_MAX) > 0) {
            throw TargetRule.GOAL_RANGE.violation("goal-too-large");
        }
        String cleanNote = optionalText(note, NOTE_MAX);
        long id = store.insertManualValue(targetId, from, to, value, cleanNote);
        events.publishEvent(new TargetsChanged(resolution.unit(), "value-entered", id));
        events.publishEvent(new vn.dangvu.platform.RecordChanged("VALUE_ENTERED", "target-value", id,
                java.util.Set.of(resolution.unit().value()), null, fields("target", targetId, "from", from, "to", to,
                        "value", TargetStore.plain(value).toPlainString(), "note", cleanNote)));
        return new ManualValue(id, targetId, from, to, TargetStore.plain(value), cleanNote);
    }

    public void saveSettings(UnitId unit, ProgressSettings settings) {
        store.saveSettings(unit, settings);
        events.publishEvent(new TargetsChanged(unit, "settings-saved", unit.value()));
        events.publishEvent(new vn.dangvu.platform.RecordChanged("PROGRESS_SETTINGS_SAVED", "progress-settings",
                unit.value(), java.util.Set.of(unit.value()), null, fields("reachedAt", plain(settings.reachedAt()),
                        "onTrackAt", plain(settings.onTrackAt()),
                        "summaryBands", settings.summaryBands() == null ? null
                                : settings.summaryBands().stream().map(TargetBook::plain).toList(),
                        "percentScale", settings.percentScale(),
                        "rounding", settings.rounding() == null ? null : settings.rounding().name())));
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    /** Pairs of names and plain values, nulls allowed: what the audit log keeps of a record. */
    private static java.util.Map<String, Object> fields(Object... pairs) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static java.util.Map<String, Object> fields(Target t) {
        return fields("resolution", t.resolutionId(), "number", t.number(), "title", t.title(),
                "quantity", t.quantity() == null ? null : t.quantity().name(), "unitLabel", t.unitLabel(),
                "direction", t.direction() == null ? null : t.direction().name(),
                "scope", t.scope() == null ? null : t.scope().name(), "goal", plain(t.goal()),
                "baselineMeasure", t.baselineMeasure(), "measure", t.measure(),
                "manualKind", t.manualKind() == null ? null : t.manualKind().name());
    }

    private int number(long resolutionId, Integer wanted, long exceptTarget) {
        if (wanted == null) {
            return store.nextNumber(resolutionId);
        }
        if (wanted < 1 || wanted > 999) {
            throw TargetRule.NUMBERED_TARGETS.violation("number-range", wanted);
        }
        if (store.numberTaken(resolutionId, wanted, exceptTarget)) {
            throw TargetRule.NUMBERED_TARGETS.violation("number-taken", wanted);
        }
        return wanted;
    }

    /** The draft cleaned and checked against every rule of a target; the same checks for new and edited targets. */
    TargetDraft validate(TargetDraft d) {
        String title = requiredText(d.title(), TITLE_MAX, "title-required");
        if (d.quantity() == null || d.direction() == null || d.scope() == null) {
            throw TargetRule.REQUIRED.violation("kind-required");
        }
        if (d.goal() == null) {
            throw TargetRule.REQUIRED.violation("goal-required");
        }
        if (d.goal().signum() < 0 || d.goal().compareTo(GOAL_MAX) > 0) {
            throw TargetRule.GOAL_RANGE.violation("goal-negative");
        }
        String measureCode = blankToNull(d.measure());
        String baselineCode = blankToNull(d.baselineMeasure());
        if (measureCode == null && d.manualKind() == null) {
            throw TargetRule.REQUIRED.violation("measure-required");
        }
        if (measureCode != null && d.manualKind() != null) {
            throw TargetRule.MEASURE_FITS.violation("measure-or-manual");
        }
        if (d.manualKind() == MeasureKind.SHARE) {
            throw TargetRule.MEASURE_FITS.violation("manual-kind");
        }
        MeasureKind kind = d.manualKind();
        if (measureCode != null) {
            Measure measure = catalog.find(measureCode)
                    .orElseThrow(() -> TargetRule.MEASURE_FITS.violation("unknown-measure", measureCode));
            kind = measure.kind();
            if (measure.isShare() != (d.quantity() == Quantity.PERCENT)) {
                throw TargetRule.MEASURE_FITS.violation(measure.isShare() ? "share-is-percent" : "count-is-count",
                        Labels.key(measure.labelKey()));
            }
        }
        if (baselineCode != null) {
            Measure baseline = catalog.find(baselineCode)
                    .orElseThrow(() -> TargetRule.MEASURE_FITS.violation("unknown-measure", baselineCode));
            if (baseline.kind() != MeasureKind.STOCK || d.quantity() == Quantity.PERCENT || kind == MeasureKind.SHARE) {
                throw TargetRule.MEASURE_FITS.violation("baseline-stock", Labels.key(baseline.labelKey()));
            }
            if (d.goal().compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw TargetRule.GOAL_RANGE.violation("goal-baseline-percent");
            }
        } else if (d.quantity() == Quantity.PERCENT && d.goal().compareTo(HUNDRED) > 0) {
            throw TargetRule.GOAL_RANGE.violation("goal-percent");
        }
        String unitLabel = optionalText(d.unitLabel(), LABEL_MAX);
        return new TargetDraft(d.number(), title, d.quantity(), unitLabel, d.direction(), d.scope(),
                TargetStore.plain(d.goal()), baselineCode, measureCode, measureCode == null ? d.manualKind() : null);
    }

    private static String requiredText(String raw, int max, String key) {
        String clean = VietnameseText.clean(raw);
        if (clean.isEmpty()) {
            throw TargetRule.REQUIRED.violation(key);
        }
        if (clean.length() > max) {
            throw TargetRule.REQUIRED.violation("text-too-long", max);
        }
        return clean;
    }

    private static String optionalText(String raw, int max) {
        String clean = VietnameseText.clean(raw);
        if (clean.length() > max) {
            throw TargetRule.REQUIRED.violation("text-too-long", max);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
