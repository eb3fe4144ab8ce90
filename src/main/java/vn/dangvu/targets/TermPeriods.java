package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;

/**
 * The days a term's resolution runs: from the congress that opened it up to the day before the next
 * congress, or, until that is held, to the end of the term's last year.
 */
@Component
class TermPeriods {

    private final OrganizationTree tree;

    TermPeriods(OrganizationTree tree) {
        this.tree = tree;
    }

    Optional<Term> term(UnitId unit, long termId) {
        return tree.terms(unit).stream().filter(t -> t.id() == termId).findFirst();
    }

    Window window(Term term) {
        return window(term, tree.terms(term.unit()));
    }

    static Window window(Term term, List<Term> allTermsOfUnit) {
        LocalDate end = LocalDate.of(term.endYear(), 12, 31);
        for (Term other : allTermsOfUnit) {
            if (other.congressOn().isAfter(term.congressOn())) {
                LocalDate dayBefore = other.congressOn().minusDays(1);
                end = dayBefore.isBefore(term.congressOn()) ? term.congressOn() : dayBefore;
                break;
            }
        }
        return new Window(term.congressOn(), end);
    }
}
