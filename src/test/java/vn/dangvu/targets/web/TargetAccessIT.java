package vn.dangvu.targets.web;

import org.junit.jupiter.api.BeforeEach;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Resolution;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/** What a user limited to part of the tree sees of targets: nothing outside it, and no changes where they only read. */
@SpringBootTest
@AutoConfigureMockMvc
class TargetAccessIT {

    @TestBean UnitAccess unitAccess;

    static UnitAccess unitAccess() {
        return Limited.INSTANCE;
    }

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Signed in as an administrator; what the user may see is decided by the stand-in access above. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;

    @AfterEach
    void openAgain() {
        Limited.INSTANCE.roots = null;
    }

    @Test
    void aReaderOfOneCommitteeSeesItsTargetsOnlyAndChangesNothing() throws Exception {
        Fixtures f = new Fixtures(changes, registry);
        LocalDate founded = LocalDate.of(2016, 5, 19);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId mine = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Cơ quan", founded);
        UnitId other = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", founded);
        Target mineTarget = target(f, mine);
        Target otherTarget = target(f, other);
        Limited.INSTANCE.roots = Set.of(mine.value());

        assertThat(mvc.get().uri("/api/v1/units/{id}/progress?date=2018-06-12", mine.value()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/{id}/progress?date=2018-06-12", other.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/targets/{t}", otherTarget.id()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/targets/{t}/progress", otherTarget.id()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/resolutions/{r}", otherTarget.resolutionId()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/units/{id}/rollup", province.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/targets", other.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/targets/{t}", mine.value(), otherTarget.id()).exchange()).hasStatus(404);

        assertThat(mvc.put().uri("/api/v1/targets/{t}", mineTarget.id()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Kết nạp 5 đảng viên", "quantity": "COUNT", "direction": "MORE", "scope": "TERM", "goal": 5,
                 "measure": "members.admitted"}
                """).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/units/{id}/targets/settings", mine.value()).param("reachedAt", "100")
                .param("onTrackAt", "100").param("bands", "100").param("scale", "0").param("rounding", "DOWN").exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/units/{id}/targets/new", mine.value())
                .param("resolution", String.valueOf(mineTarget.resolutionId())).exchange()).hasStatus(403);

        String country = mvc.get().uri("/api/v1/rollup?date=2018-06-12&measure=units.grassroots").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.parse(country).read("$.measures[0].rows[*].unitId", List.class))
                .containsExactly((int) mine.value());
    }

    private Target target(Fixtures f, UnitId unit) {
        Term term = f.term(unit, 1, LocalDate.of(2016, 5, 19), 2016, 2020);
        Resolution r = book.adopt(unit, term.id(), "Nghị quyết Đại hội lần thứ I", null);
        return book.addTarget(r.id(), new TargetDraft(null, "Kết nạp 10 đảng viên mới", Quantity.COUNT, null,
                Direction.MORE, Scope.TERM, java.math.BigDecimal.TEN, null, "members.admitted", null));
    }

    /** Reads only the units of {@code roots} (none under them here), writes nowhere; open when roots is null. */
    static final class Limited implements UnitAccess {

        static final Limited INSTANCE = new Limited();

        volatile Set<Long> roots;

        @Override
        public Optional<Set<Long>> readableRoots() {
            return Optional.ofNullable(roots);
        }

        @Override
        public boolean canRead(long unitId) {
            return roots == null || roots.contains(unitId);
        }

        @Override
        public boolean canWrite(long unitId) {
            return roots == null;
        }

        @Override
        public boolean canWriteEverywhere() {
            return roots == null;
        }

        @Override
        public boolean can(vn.dangvu.platform.Permission permission, long unitId) {
            return permission == vn.dangvu.platform.Permission.READ ? canRead(unitId) : canWrite(unitId);
        }

        @Override
        public vn.dangvu.platform.UnitScope scope(vn.dangvu.platform.Permission permission) {
            java.time.LocalDate today = java.time.LocalDate.now();
            return roots == null ? vn.dangvu.platform.UnitScope.whole(today)
                    : new vn.dangvu.platform.UnitScope(false, roots, today);
        }
    }
}
