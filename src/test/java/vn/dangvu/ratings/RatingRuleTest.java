package vn.dangvu.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;

class RatingRuleTest {

    record U(String name, UnitType type) {
    }

    @Test
    void excellentMayReachTwentyPercentOfGoodButNotExceedIt() {
        assertThat(RatingRule.EXCELLENT_CAP_PERCENT_OF_GOOD).isEqualTo(20);
        assertThat(RatingRule.exceedsExcellentCap(2, 10)).isFalse();
        assertThat(RatingRule.exceedsExcellentCap(3, 10)).isTrue();
        assertThat(RatingRule.exceedsExcellentCap(1, 4)).isTrue();
        assertThat(RatingRule.exceedsExcellentCap(0, 0)).isFalse();
        assertThat(RatingRule.excellentAllowed(14)).isEqualTo(2);
    }

    @Test
    void membersAreDecidedByTheGrassrootsOrganizationTheBranchStandsIn() {
        U branch = new U("Chi bộ Phân xưởng", UnitType.BRANCH);
        U sub = new U("Đảng bộ bộ phận", UnitType.SUB_COMMITTEE);
        U grassroots = new U("Đảng bộ Công ty", UnitType.GRASSROOTS_COMMITTEE);
        U upper = new U("Đảng ủy Khối", UnitType.UPPER_GRASSROOTS_COMMITTEE);
        assertThat(RatingRule.memberDecider(List.of(branch, sub, grassroots, upper), U::type)).contains(grassroots);
        U grassrootsBranch = new U("Chi bộ Cảng", UnitType.GRASSROOTS_BRANCH);
        assertThat(RatingRule.memberDecider(List.of(grassrootsBranch, upper), U::type)).contains(grassrootsBranch);
        assertThat(RatingRule.memberDecider(List.of(upper), U::type)).isEmpty();
    }

    @Test
    void lowerLevelsComeFirst() {
        assertThatCode(() -> RatingRule.checkLowerLevelsFirst(List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> RatingRule.checkLowerLevelsFirst(List.of("Chi bộ B", "Chi bộ A")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation v = (RuleViolation) e;
                    assertThat(v.rule()).isEqualTo("ratings.lower-levels-first");
                    assertThat(v.arguments()).containsExactly(2, "Chi bộ A, Chi bộ B");
                });
    }

    @Test
    void aDecidedRatingIsLockedAndOnlyASuperiorAnnulsItWithAReason() {
        assertThatCode(() -> RatingRule.checkNotLocked(false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RatingRule.checkNotLocked(true)).extracting("rule").isEqualTo("ratings.locked");
        assertThatThrownBy(() -> RatingRule.checkAnnulment(false, "Sai quy trình")).extracting("rule")
                .isEqualTo("ratings.locked");
        assertThatThrownBy(() -> RatingRule.checkAnnulment(true, " ")).extracting("rule")
                .isEqualTo("ratings.annulment-reason");
        assertThatCode(() -> RatingRule.checkAnnulment(true, "Sai quy trình")).doesNotThrowAnyException();
    }

    @Test
    void aMemberIsRatedOnlyForAPeriodOfMembership() {
        assertThatThrownBy(() -> RatingRule.checkMemberInPeriod(false, "Nguyễn Văn An", "2018"))
                .extracting("rule").isEqualTo("ratings.member-in-period");
        assertThatCode(() -> RatingRule.checkMemberInPeriod(true, "Nguyễn Văn An", "2018")).doesNotThrowAnyException();
    }

    @Test
    void periodsAreYearsQuartersOrTerms() {
        assertThat(RatingPeriod.year(2018).to()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(RatingPeriod.quarter(2018, 2)).isEqualTo(new RatingPeriod(RatingPeriod.Kind.QUARTER,
                LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30)));
        assertThat(RatingPeriod.quarter(2018, 2).label()).isEqualTo("Q2/2018");
        assertThat(RatingPeriod.term(2016, 2020).label()).isEqualTo("2016–2020");
        assertThatThrownBy(() -> RatingPeriod.quarter(2018, 5)).extracting("rule").isEqualTo("ratings.period");
        assertThatThrownBy(() -> RatingPeriod.term(2020, 2016)).extracting("rule").isEqualTo("ratings.period");
        assertThat(RatingPeriod.year(2018).rosterDay(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(RatingPeriod.year(2026).rosterDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
