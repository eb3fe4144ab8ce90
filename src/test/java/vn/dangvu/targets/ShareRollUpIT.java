package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.targets.RollUps.MeasureRollUp;

/**
 * A module adds a share to the catalog through a {@link MeasureProvider}, and a superior's roll-up
 * recomputes it from its subordinates' numerators and denominators instead of averaging their
 * percentages. The share here (candidates admitted among those certified) stands in for the
 * ratings and attendance shares that later modules provide.
 */
@SpringBootTest
@Import(ShareRollUpIT.AdmittedAmongCertified.class)
class ShareRollUpIT {

    @TestConfiguration
    static class AdmittedAmongCertified {
        @Bean
        MeasureProvider admittedAmongCertified(JdbcClient jdbc) {
            return () -> List.of(Measure.of("test.admittedAmongCertified", MeasureKind.SHARE, new SqlMeasureSource(jdbc, """
                    select a.ancestor_id as root, e.occurred_on as day,
                           count(*) filter (where e.kind = 'AdmissionDecided') as num,
                           count(*) filter (where e.kind = 'AwarenessCertified') as den
                      from org_unit_ancestry a
                      join member_event e on e.unit_id = a.descendant_id
                                         and e.kind in ('AdmissionDecided', 'AwarenessCertified')
                                         and e.occurred_on >= a.valid_from and e.occurred_on < a.valid_to
                                         and e.occurred_on >= :from and e.occurred_on <= :to
                     where a.ancestor_id = any(:roots)
                     group by 1, 2
                    """)));
        }
    }

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired RollUps rollUps;
    @Autowired TargetBook book;
    @Autowired TargetProgress progress;

    @Test
    void sharesAreRecomputedFromNumeratorsAndDenominatorsNeverAveraged() {
        Fixtures f = new Fixtures(changes, registry);
        LocalDate founded = LocalDate.of(2016, 5, 19);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Công nghiệp", founded);
        UnitId company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", founded);
        UnitId workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", founded);
        UnitId port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng", founded);
        f.introducers(workshop);
        f.admitted(workshop, "Nguyễn Văn An", LocalDate.of(2017, 3, 1));
        f.admitted(port, "Phạm Văn Bình", LocalDate.of(2017, 3, 1));
        f.candidate(port, "Võ Văn Cường", LocalDate.of(2017, 4, 1));
        f.candidate(port, "Đỗ Văn Dũng", LocalDate.of(2017, 4, 1));

        MeasureRollUp share = rollUps.of(zones, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 1, 1),
                List.of("test.admittedAmongCertified")).measures().getFirst();
        assertThat(share.rows()).extracting(RollUps.Row::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("100").divide(new BigDecimal("3"),
                        java.math.MathContext.DECIMAL64));
        // 2 admitted of 4 certified: 50%, where the mean of 100% and 33.3% would be 66.7%
        assertThat(share.combined()).isEqualTo(new Partial(2, 4));
        assertThat(share.combinedValue()).isEqualByComparingTo("50");
        assertThat(share.ownValue()).isEqualByComparingTo("50");

        Term term = f.term(zones, 1, founded, 2016, 2020);
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        assertThatThrownBy(() -> book.addTarget(r.id(), new TargetDraft(null, "Tỷ lệ kết nạp", Quantity.COUNT, null,
                Direction.MORE, Scope.YEAR, new BigDecimal("60"), null, "test.admittedAmongCertified", null)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("targets.rule.share-is-percent"));
        Target target = book.addTarget(r.id(), new TargetDraft(null, "Tỷ lệ kết nạp", Quantity.PERCENT, null,
                Direction.MORE, Scope.YEAR, new BigDecimal("60"), null, "test.admittedAmongCertified", null));
        Reading reading = progress.report(target.id(), LocalDate.of(2017, 12, 31)).line().reading();
        assertThat(reading.value()).isEqualByComparingTo("50");
        assertThat(reading.percent()).isEqualByComparingTo("83");
        assertThat(reading.status()).isEqualTo(Status.BEHIND);
        assertThat(progress.report(target.id(), LocalDate.of(2018, 6, 1)).line().reading().status())
                .isEqualTo(Status.NO_DATA);
    }
}
