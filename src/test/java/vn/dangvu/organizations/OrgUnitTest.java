package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.dangvu.platform.RuleViolation;

class OrgUnitTest {

    static final LocalDate ESTABLISHED = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST_CHANGE = LocalDate.of(2018, 6, 1);
    static final LocalDate DISSOLVED = LocalDate.of(2024, 1, 1);

    private static OrgUnit unit(UnitType type, LocalDate dissolvedOn) {
        return new OrgUnit(UnitId.of(7), "DB-7", type, "Đảng bộ Phường 7", ESTABLISHED, dissolvedOn, UnitId.of(1),
                LAST_CHANGE);
    }

    private static OrgUnit live() {
        return unit(UnitType.GRASSROOTS_COMMITTEE, OrgUnit.OPEN_END);
    }

    private static OrgUnit dissolved() {
        return unit(UnitType.GRASSROOTS_COMMITTEE, DISSOLVED);
    }

    @Test
    void existsFromItsEstablishmentUntilTheDayBeforeItsDissolution() {
        assertThatCode(() -> dissolved().ensureExistsOn(ESTABLISHED)).doesNotThrowAnyException();
        assertThatCode(() -> dissolved().ensureExistsOn(DISSOLVED.minusDays(1))).doesNotThrowAnyException();
        assertThatCode(() -> live().ensureExistsOn(LocalDate.of(2999, 1, 1))).doesNotThrowAnyException();
        assertThat(live().isDissolved()).isFalse();
        assertThat(dissolved().isDissolved()).isTrue();
    }

    @Test
    void refusesADateBeforeEstablishment() {
        assertViolation(() -> live().ensureExistsOn(ESTABLISHED.minusDays(1)), "organizations.within-lifespan",
                "organizations.rule.before-establishment", "Đảng bộ Phường 7", "31/12/2009", "01/01/2010");
    }

    @Test
    void refusesTheDayOfDissolutionAndLater() {
        assertViolation(() -> dissolved().ensureExistsOn(DISSOLVED), "organizations.within-lifespan",
                "organizations.rule.after-dissolution", "Đảng bộ Phường 7", "01/01/2024", "01/01/2024");
        assertViolation(() -> dissolved().ensureExistsOn(DISSOLVED.plusYears(1)), "organizations.within-lifespan",
                "organizations.rule.after-dissolution", "Đảng bộ Phường 7", "01/01/2025", "01/01/2024");
    }

    @Test
    void changesComeStrictlyAfterTheLastRecordedChange() {
        assertThatCode(() -> live().ensureChangeableOn(LAST_CHANGE.plusDays(1))).doesNotThrowAnyException();
        assertViolation(() -> live().ensureChangeableOn(LAST_CHANGE), "organizations.chronological",
                "organizations.rule.chronological", "Đảng bộ Phường 7", "01/06/2018", "01/06/2018");
        assertViolation(() -> live().ensureChangeableOn(LAST_CHANGE.minusDays(1)), "organizations.chronological",
                "organizations.rule.chronological", "Đảng bộ Phường 7", "31/05/2018", "01/06/2018");
    }

    @Test
    void lifespanIsCheckedBeforeChronologyForAChange() {
        assertThatThrownBy(() -> dissolved().ensureChangeableOn(DISSOLVED.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("organizations.within-lifespan"));
        assertThatThrownBy(() -> live().ensureChangeableOn(ESTABLISHED.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("organizations.rule.before-establishment"));
    }

    @Test
    void receivesASubordinateOfAnAllowedTypeWithinItsLifespan() {
        assertThatCode(() -> live().ensureMayReceive(UnitType.BRANCH, "Chi bộ 1", ESTABLISHED))
                .doesNotThrowAnyException();
        assertThatCode(() -> live().ensureMayReceive(UnitType.SUB_COMMITTEE, "Đảng bộ bộ phận", LAST_CHANGE))
                .doesNotThrowAnyException();
    }

    @Test
    void aDissolvedUnitReceivesNothing() {
        assertViolation(() -> dissolved().ensureMayReceive(UnitType.BRANCH, "Chi bộ 1", LocalDate.of(2020, 1, 1)),
                "organizations.superior-exists", "organizations.rule.superior-dissolved", "Đảng bộ Phường 7",
                "01/01/2024");
    }

    @Test
    void receivesNothingBeforeItsEstablishment() {
        assertViolation(() -> live().ensureMayReceive(UnitType.BRANCH, "Chi bộ 1", ESTABLISHED.minusDays(1)),
                "organizations.within-lifespan", "organizations.rule.before-establishment", "Đảng bộ Phường 7",
                "31/12/2009", "01/01/2010");
    }

    @Test
    void receivesOnlyTypesThatMayStandUnderIt() {
        assertThatThrownBy(() -> live().ensureMayReceive(UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối",
                LAST_CHANGE)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("organizations.placement");
                    assertThat(v.messageKey()).isEqualTo("organizations.rule.placement");
                    Object[] args = v.arguments();
                    assertThat(args[0]).isEqualTo("Đảng ủy Khối");
                    assertThat(((MessageSourceResolvable) args[1]).getCodes())
                            .containsExactly("unit.type.UPPER_GRASSROOTS_COMMITTEE");
                    assertThat(args[2]).isEqualTo("Đảng bộ Phường 7");
                    assertThat(((MessageSourceResolvable) args[3]).getCodes())
                            .containsExactly("unit.type.GRASSROOTS_COMMITTEE");
                });
        OrgUnit branch = unit(UnitType.BRANCH, OrgUnit.OPEN_END);
        assertThatThrownBy(() -> branch.ensureMayReceive(UnitType.BRANCH, "Chi bộ con", LAST_CHANGE))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("organizations.placement"));
    }

    private static void assertViolation(Runnable action, String rule, String messageKey, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.messageKey()).isEqualTo(messageKey);
            assertThat(v.arguments()).containsExactly(arguments);
        });
    }
}
