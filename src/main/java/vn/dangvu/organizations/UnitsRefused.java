package vn.dangvu.organizations;

import java.util.List;

import vn.dangvu.platform.RuleViolation;

/**
 * Units established together were refused: each refusal names the unit by its place in the list and
 * the rule it broke. Nothing has been written when it is thrown.
 */
public class UnitsRefused extends RuntimeException {

    private final transient List<Refusal> refusals;

    public UnitsRefused(List<Refusal> refusals) {
        super(refusals.size() + " units refused");
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public record Refusal(int index, RuleViolation violation) {
    }
}
