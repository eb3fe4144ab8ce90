package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.WebIT;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;

@WebIT
class ScopedUnitAccessIT {

    @Autowired StructuralChanges changes;
    @Autowired UnitAccess access;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    private static int seq;

    private UnitId unit(UnitId superior, UnitType type, LocalDate on) {
        return changes.establish(new EstablishUnit("S" + System.nanoTime() % 1_000_000_000L + "-" + seq++,
                "Đơn vị " + seq, type, superior, on, null, null));
    }

    @Test
    void grantCoversItsSubtreeTodayAndFollowsHandOvers() {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, LocalDate.of(2000, 1, 1));
        UnitId blocA = unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, LocalDate.of(2001, 1, 1));
        UnitId blocB = unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, LocalDate.of(2001, 1, 1));
        UnitId grassroots = unit(blocA, UnitType.GRASSROOTS_COMMITTEE, LocalDate.of(2002, 1, 1));
        UnitId branch = unit(grassroots, UnitType.BRANCH, LocalDate.of(2002, 1, 1));
        AccountPrincipal staffA = accounts.create("staff-a", Grant.of(Role.COMMITTEE_STAFF, blocA));
        AccountPrincipal viewerB = accounts.create("viewer-b", Grant.of(Role.VIEWER, blocB));

        accounts.runAs(staffA, () -> {
            assertThat(access.canRead(branch.value())).isTrue();
            assertThat(access.canWrite(branch.value())).isTrue();
            assertThat(access.canRead(blocB.value())).isFalse();
            assertThat(access.canRead(province.value())).isFalse();
        });
        accounts.runAs(viewerB, () -> {
            assertThat(access.canRead(branch.value())).isFalse();
            assertThat(access.canRead(blocB.value())).isTrue();
            assertThat(access.canWrite(blocB.value())).isFalse();
        });

        changes.handOver(new HandOverUnit(grassroots, blocB, LocalDate.of(2010, 1, 1), null, null));

        accounts.runAs(staffA, () -> assertThat(access.canRead(branch.value())).isFalse());
        accounts.runAs(viewerB, () -> assertThat(access.canRead(branch.value())).isTrue());
    }

    @Test
    void dissolvedUnitIsJudgedByWhereItLastStood() {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, LocalDate.of(2000, 1, 1));
        UnitId grassroots = unit(province, UnitType.GRASSROOTS_COMMITTEE, LocalDate.of(2001, 1, 1));
        UnitId other = unit(province, UnitType.GRASSROOTS_COMMITTEE, LocalDate.of(2001, 1, 1));
        UnitId branch = unit(grassroots, UnitType.BRANCH, LocalDate.of(2002, 1, 1));
        changes.dissolve(new DissolveUnit(branch, LocalDate.of(2015, 6, 1), null, null));
        AccountPrincipal inside = accounts.create("in", Grant.of(Role.VIEWER, grassroots));
        AccountPrincipal outside = accounts.create("out", Grant.of(Role.VIEWER, other));

        accounts.runAs(inside, () -> {
            assertThat(access.canRead(branch.value())).isTrue();
            UnitScope scope = access.scope(Permission.READ);
            assertThat(countInScope(scope, branch)).isEqualTo(1);
        });
        accounts.runAs(outside, () -> {
            assertThat(access.canRead(branch.value())).isFalse();
            assertThat(countInScope(access.scope(Permission.READ), branch)).isZero();
        });
    }

    @Test
    void rolesGrantTheirOwnPermissionsOnlyAndNobodySignedInReachesNothing() {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, LocalDate.of(2000, 1, 1));
        UnitId grassroots = unit(province, UnitType.GRASSROOTS_COMMITTEE, LocalDate.of(2001, 1, 1));
        AccountPrincipal inspector = accounts.create("ubkt", Grant.of(Role.INSPECTION, province));
        AccountPrincipal admin = accounts.admin();

        accounts.runAs(inspector, () -> {
            assertThat(access.canRead(grassroots.value())).isTrue();
            assertThat(access.canWrite(grassroots.value())).isFalse();
            assertThat(access.can(Permission.WRITE_INSPECTION, grassroots.value())).isTrue();
            assertThat(access.can(Permission.MANAGE_ACCOUNTS, grassroots.value())).isFalse();
        });
        accounts.runAs(admin, () -> {
            assertThat(access.scope(Permission.READ).everything()).isTrue();
            assertThat(access.canWrite(grassroots.value())).isTrue();
            assertThat(access.canRead(Long.MAX_VALUE)).isFalse();
        });
        assertThat(access.canRead(grassroots.value())).isFalse();
        assertThat(access.scope(Permission.READ).isEmpty()).isTrue();
    }

    private long countInScope(UnitScope scope, UnitId unit) {
        return jdbc.sql("select count(*) from org_unit u where u.id = :id and " + scope.predicate("u.id"))
                .params(scope.parameters()).param("id", unit.value()).query(Long.class).single();
    }
}
