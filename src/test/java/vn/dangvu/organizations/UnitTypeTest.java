package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.organizations.UnitType.BRANCH;
import static vn.dangvu.organizations.UnitType.GRASSROOTS_BRANCH;
import static vn.dangvu.organizations.UnitType.GRASSROOTS_COMMITTEE;
import static vn.dangvu.organizations.UnitType.PROVINCIAL_COMMITTEE;
import static vn.dangvu.organizations.UnitType.SUB_COMMITTEE;
import static vn.dangvu.organizations.UnitType.UPPER_GRASSROOTS_COMMITTEE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Placement (Điều lệ Đảng, Điều 10–11, 21–22), written out pair by pair so a change to the table shows here. */
class UnitTypeTest {

    /** subordinate → superior, the only pairs allowed. */
    private static final Set<List<UnitType>> ALLOWED = Set.of(
            List.of(UPPER_GRASSROOTS_COMMITTEE, PROVINCIAL_COMMITTEE),
            List.of(UPPER_GRASSROOTS_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE),
            List.of(GRASSROOTS_COMMITTEE, PROVINCIAL_COMMITTEE),
            List.of(GRASSROOTS_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE),
            List.of(GRASSROOTS_BRANCH, PROVINCIAL_COMMITTEE),
            List.of(GRASSROOTS_BRANCH, UPPER_GRASSROOTS_COMMITTEE),
            List.of(SUB_COMMITTEE, GRASSROOTS_COMMITTEE),
            List.of(BRANCH, GRASSROOTS_COMMITTEE),
            List.of(BRANCH, SUB_COMMITTEE));

    @Test
    void everyPairOfTypesIsPlacedAsTheCharterSays() {
        List<String> wrong = new ArrayList<>();
        for (UnitType subordinate : UnitType.values()) {
            for (UnitType superior : UnitType.values()) {
                boolean expected = ALLOWED.contains(List.of(subordinate, superior));
                if (subordinate.mayStandUnder(superior) != expected) {
                    wrong.add(subordinate + " under " + superior + " should be " + (expected ? "allowed" : "refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(UnitType.values()).hasSize(6);
    }

    @Test
    void onlyProvincialCommitteesStandAtTheTop() {
        assertThat(PROVINCIAL_COMMITTEE.isTopLevel()).isTrue();
        assertThat(UnitType.values()).filteredOn(UnitType::isTopLevel).containsExactly(PROVINCIAL_COMMITTEE);
    }

    @Test
    void branchesHaveNothingUnderThemAndNoTypeMayStandUnderABranch() {
        assertThat(UnitType.values()).filteredOn(t -> !t.mayHaveSubordinates()).containsExactlyInAnyOrder(BRANCH,
                GRASSROOTS_BRANCH);
        for (UnitType type : UnitType.values()) {
            assertThat(type.mayStandUnder(BRANCH)).as(type + " under a branch").isFalse();
            assertThat(type.mayStandUnder(GRASSROOTS_BRANCH)).as(type + " under a grassroots branch").isFalse();
        }
    }

    @Test
    void grassrootsOrganizationsAreTheOnesCountedInReviews() {
        assertThat(UnitType.values()).filteredOn(UnitType::isGrassroots)
                .containsExactlyInAnyOrder(GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH);
    }
}
