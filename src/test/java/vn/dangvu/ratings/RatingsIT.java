package vn.dangvu.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.WebIT;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.ratings.RatingViews.BranchSheet;
import vn.dangvu.ratings.RatingViews.Overview;
import vn.dangvu.ratings.RatingViews.Saved;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Partial;

/** Rating a committee's members and organizations for 2018 on the embedded PostgreSQL, and the rating measures. */
@WebIT
class RatingsIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);
    /** The services' callers pass the reader's scope; these tests read everything. */
    static final UnitScope ALL = UnitScope.whole(LocalDate.now());
    static final RatingPeriod Y2018 = RatingPeriod.year(2018);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MeasureCatalog catalog;
    @Autowired Ratings ratings;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId office;
    UnitId port;
    UnitId outside;
    UnitId outsideCompany;
    MemberId an;
    MemberId binh;
    MemberId cuong;
    MemberId dung;
    MemberId em;
    MemberId giau;

    @BeforeEach
    void tree() {
        f = new Fixtures(changes, registry);
        province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", FOUNDED);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        office = f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", FOUNDED);
        outside = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", FOUNDED);
        outsideCompany = f.unit(outside, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cấp nước", FOUNDED);
        an = f.official(workshop, "Nguyễn Văn An");
        binh = f.official(workshop, "Trần Văn Bình");
        cuong = f.official(workshop, "Lê Văn Cường");
        dung = f.official(office, "Phạm Văn Dũng");
        em = f.official(office, "Võ Văn Em");
        giau = f.official(port, "Đỗ Văn Giàu");
    }

    Partial share(String code, UnitId root, LocalDate from, LocalDate to) {
        Measure m = catalog.find(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(MeasureKind.SHARE);
        return catalog.values(m, List.of(root), from, to).asOf(root.value(), from, to);
    }

    static <K> Map<K, RatingLevel> levels(Object... pairs) {
        Map<K, RatingLevel> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked") K k = (K) pairs[i];
            m.put(k, (RatingLevel) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aBranchsMembersAreSavedAsDraftsThenDecidedAndLocked() {
        ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.GOOD, binh, RatingLevel.COMPLETED), false);
        BranchSheet sheet = ratings.branchSheet(workshop, Y2018, ALL);
        assertThat(sheet.members()).extracting(RatingViews.MemberRow::fullName)
                .containsExactly("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường");
        assertThat(sheet.decider()).isEqualTo(company);
        assertThat(sheet.decidedCount()).isZero();
        // a draft may change
        ratings.rateMembers(workshop, Y2018, levels(binh, RatingLevel.GOOD), false);
        ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.EXCELLENT, binh, RatingLevel.GOOD,
                cuong, RatingLevel.FAILED), true);
        assertThat(ratings.branchSheet(workshop, Y2018, ALL).decidedCount()).isEqualTo(3);
        assertThatThrownBy(() -> ratings.rateMembers(workshop, Y2018, levels(binh, RatingLevel.EXCELLENT), false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.locked");
        // deciding the same level again changes nothing
        assertThat(ratings.rateMembers(workshop, Y2018, levels(binh, RatingLevel.GOOD), true).written()).isZero();
    }

    @Test
    void aMemberIsRatedOnlyForAPeriodOfMembershipInTheBranch() {
        MemberId late = f.official(workshop, "Hồ Văn Mới", LocalDate.of(2019, 2, 1));
        assertThatThrownBy(() -> ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.GOOD,
                late, RatingLevel.GOOD), false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.member-in-period");
        assertThatThrownBy(() -> ratings.rateMembers(office, Y2018, levels(an, RatingLevel.GOOD), false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.member-in-period");
        // all or nothing: An's rating in the refused save was not kept
        assertThat(ratings.branchSheet(workshop, Y2018, ALL).members()).allMatch(r -> r.level() == null);
    }

    @Test
    void membersComeBeforeTheirBranchAndBranchesBeforeTheirCommittee() {
        assertThatThrownBy(() -> ratings.rateOrganizations(company, Y2018, levels(office, RatingLevel.GOOD), true))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.lower-levels-first");
        // a draft is allowed before
        ratings.rateOrganizations(company, Y2018, levels(office, RatingLevel.GOOD), false);
        ratings.rateMembers(office, Y2018, levels(dung, RatingLevel.GOOD, em, RatingLevel.GOOD), true);
        ratings.rateOrganizations(company, Y2018, levels(office, RatingLevel.GOOD), true);
        assertThatThrownBy(() -> ratings.rateOrganizations(zones, Y2018, levels(company, RatingLevel.GOOD), true))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.lower-levels-first");
        // the competent unit: the company decides its branches, not the zones' committee
        assertThatThrownBy(() -> ratings.rateOrganizations(zones, Y2018, levels(workshop, RatingLevel.GOOD), false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.competent-unit");
    }

    @Test
    void anOrganizationIsRatedOnlyForAPeriodInWhichItExisted() {
        UnitId later = f.unit(company, UnitType.BRANCH, "Chi bộ Kho vận", LocalDate.of(2019, 1, 2));
        assertThatThrownBy(() -> ratings.rateOrganizations(company, Y2018, levels(later, RatingLevel.GOOD), false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("ratings.unit-in-period");
    }

    @Test
    void theCapWarnsWhenExcellentExceedsTwentyPercentOfGoodInTheGrassrootsOrganization() {
        Saved saved = ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.EXCELLENT, binh, RatingLevel.GOOD,
                cuong, RatingLevel.GOOD), false);
        assertThat(saved.cap().grassroots()).isEqualTo(company);
        assertThat(saved.cap().exceeded()).isTrue();
        Overview overview = ratings.overview(zones, Y2018);
        assertThat(overview.capExceeded()).extracting(RatingViews.CapCheck::grassroots).containsExactly(company);
        // members of the port (a grassroots branch) count in the port alone
        assertThat(ratings.rateMembers(port, Y2018, levels(giau, RatingLevel.GOOD), false).cap().grassroots())
                .isEqualTo(port);
    }

    @Test
    void decidedRatingsAreSharesCountedOnTheLastDayOfTheYearAndStayAfterAHandOver() {
        ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.EXCELLENT, binh, RatingLevel.GOOD,
                cuong, RatingLevel.FAILED), true);
        ratings.rateMembers(office, Y2018, levels(dung, RatingLevel.GOOD, em, RatingLevel.COMPLETED), true);
        ratings.rateMembers(port, Y2018, levels(giau, RatingLevel.GOOD), false); // a draft does not count
        ratings.rateOrganizations(company, Y2018, levels(workshop, RatingLevel.GOOD, office, RatingLevel.COMPLETED), true);
        ratings.rateOrganizations(zones, Y2018, levels(company, RatingLevel.EXCELLENT), true);

        LocalDate jan = LocalDate.of(2018, 1, 1);
        LocalDate dec = LocalDate.of(2018, 12, 31);
        assertThat(share("ratings.members.excellent", zones, jan, dec)).isEqualTo(new Partial(1, 5));
        assertThat(share("ratings.members.goodOrBetter", zones, jan, dec)).isEqualTo(new Partial(3, 5));
        assertThat(share("ratings.members.failed", company, jan, dec)).isEqualTo(new Partial(1, 5));
        assertThat(share("ratings.members.goodOrBetter", office, jan, dec)).isEqualTo(new Partial(1, 2));
        assertThat(share("ratings.members.excellent", zones, jan, LocalDate.of(2018, 12, 30))).isEqualTo(Partial.ZERO);
        // organizations under the root, not the root itself
        assertThat(share("ratings.organizations.goodOrBetter", zones, jan, dec)).isEqualTo(new Partial(2, 3));
        assertThat(share("ratings.organizations.excellent", zones, jan, dec)).isEqualTo(new Partial(1, 3));
        assertThat(share("ratings.organizations.goodOrBetter", company, jan, dec)).isEqualTo(new Partial(1, 2));
        assertThat(share("ratings.organizations.failed", company, jan, dec)).isEqualTo(new Partial(0, 2));

        Overview overview = ratings.overview(zones, Y2018);
        assertThat(overview.members().total()).isEqualTo(5);
        assertThat(overview.members().of(RatingLevel.GOOD)).isEqualTo(2);
        assertThat(overview.organizations().total()).isEqualTo(3);

        changes.handOver(new HandOverUnit(office, outsideCompany, LocalDate.of(2019, 3, 1), "QĐ-CG-1", null));
        assertThat(share("ratings.members.goodOrBetter", zones, jan, dec)).isEqualTo(new Partial(3, 5));
        assertThat(share("ratings.members.goodOrBetter", outside, jan, dec)).isEqualTo(Partial.ZERO);
    }

    Map<String, Object> lastAudit(String action, String key, long subject) {
        return jdbc.sql("""
                select record_type, record_id, before ->> 'level' as before_level, after ->> 'level' as after_level
                  from audit_entry where action = :a and after ->> :k = :s order by id desc limit 1
                """).param("a", action).param("k", key).param("s", String.valueOf(subject)).query().singleRow();
    }

    @Test
    void draftsAndDecisionsAreAuditedOneEntryPerRating() {
        ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.GOOD, binh, RatingLevel.COMPLETED), false);
        Map<String, Object> drafted = lastAudit("RATING_DRAFTED", "member", an.value());
        assertThat(drafted.get("record_type")).isEqualTo("rating");
        assertThat(drafted.get("after_level")).isEqualTo("GOOD");
        assertThat(drafted.get("before_level")).isNull();
        assertThat(lastAudit("RATING_DRAFTED", "member", binh.value()).get("after_level")).isEqualTo("COMPLETED");
        ratings.rateMembers(workshop, Y2018, levels(an, RatingLevel.EXCELLENT), true);
        // a correction keeps only what changed: the entry is found by the rating's id
        Map<String, Object> decided = jdbc.sql("""
                select before ->> 'level' as before_level, after ->> 'level' as after_level
                  from audit_entry where action = 'RATING_DECIDED' and record_type = 'rating' and record_id = :r
                """).param("r", drafted.get("record_id")).query().singleRow();
        assertThat(decided.get("before_level")).isEqualTo("GOOD");
        assertThat(decided.get("after_level")).isEqualTo("EXCELLENT");
        ratings.rateOrganizations(company, Y2018, levels(office, RatingLevel.GOOD), false);
        assertThat(lastAudit("RATING_DRAFTED", "subjectUnit", office.value()).get("after_level")).isEqualTo("GOOD");
    }
}
