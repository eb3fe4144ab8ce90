package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;

/** Reads of resolutions, targets, entered values and settings. */
@Service
@Transactional(readOnly = true)
public class TargetDirectory {

    /** A resolution with its term, the days it runs and its targets in order. */
    public record ResolutionView(Resolution resolution, Term term, Window window, List<Target> targets) {
    }

    private final TargetStore store;
    private final OrganizationTree tree;

    TargetDirectory(TargetStore store, OrganizationTree tree) {
        this.store = store;
        this.tree = tree;
    }

    /** The resolution of the term in force on the date, if its congress adopted one. */
    public Optional<ResolutionView> inForce(UnitId unit, LocalDate on) {
        return tree.termOn(unit, on).flatMap(term -> store.resolutionForTerm(term.id())).map(this::view);
    }

    /**
     * For each of the units, the resolution of its term in force on the date, if adopted: a handful
     * of queries however many units there are.
     */
    public List<ResolutionView> inForce(java.util.Collection<UnitId> units, LocalDate on) {
        var terms = store.termsOf(units.stream().map(UnitId::value).toList());
        var inForce = new java.util.HashMap<Long, Term>();
        terms.forEach((unit, list) -> list.stream().filter(t -> !t.congressOn().isAfter(on))
                .reduce((a, b) -> b).ifPresent(t -> inForce.put(t.id(), t)));
        List<Resolution> resolutions = store.resolutionsForTerms(inForce.keySet());
        var targets = new java.util.HashMap<Long, List<Target>>();
        store.targetsOf(resolutions.stream().map(Resolution::id).toList())
                .forEach(t -> targets.computeIfAbsent(t.resolutionId(), r -> new java.util.ArrayList<>()).add(t));
        return resolutions.stream().map(r -> {
            Term term = inForce.get(r.termId());
            return new ResolutionView(r, term, TermPeriods.window(term, terms.get(term.unit().value())),
                    List.copyOf(targets.getOrDefault(r.id(), List.of())));
        }).toList();
    }

    public List<ResolutionView> resolutions(UnitId unit) {
        return store.resolutions(unit).stream().map(this::view).toList();
    }

    public ResolutionView resolution(long id) {
        return view(store.resolution(id).orElseThrow(() -> new NotFoundException("resolution", id)));
    }

    public Optional<ResolutionView> forTerm(long termId) {
        return store.resolutionForTerm(termId).map(this::view);
    }

    public Target target(long id) {
        return store.target(id).orElseThrow(() -> new NotFoundException("target", id));
    }

    /** The unit whose resolution holds the target: for access checks. */
    public UnitId unitOfTarget(long targetId) {
        Target target = target(targetId);
        return store.resolution(target.resolutionId()).orElseThrow().unit();
    }

    public List<ManualValue> manualValues(long targetId) {
        return store.manualValues(List.of(targetId));
    }

    /** The committee's settings, or the defaults while it has none. */
    public ProgressSettings settings(UnitId unit) {
        return store.settings(unit).orElse(ProgressSettings.DEFAULT);
    }

    ResolutionView view(Resolution r) {
        List<Term> terms = tree.terms(r.unit());
        Term term = terms.stream().filter(t -> t.id() == r.termId()).findFirst().orElseThrow();
        return new ResolutionView(r, term, TermPeriods.window(term, terms), store.targets(r.id()));
    }
}
