package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dangvu.organizations.Commands.EstablishUnit;

/** Codes are found whatever their case, by code lookup and by the search box (served by V30's index). */
@SpringBootTest
class UnitCodeLookupIT {

    @Autowired StructuralChanges changes;
    @Autowired OrganizationTree tree;

    @Test
    void findsAUnitByItsCodeInAnyCaseAndPutsTheCodeMatchFirstInSearch() {
        String code = "LK-" + System.nanoTime() % 1_000_000_000L;
        UnitId unit = changes.establish(new EstablishUnit(code, "Đảng bộ tỉnh Tra Cứu", UnitType.PROVINCIAL_COMMITTEE,
                null, LocalDate.of(2000, 1, 1), null, null));
        UnitId namesake = changes.establish(new EstablishUnit(code + "-X", "Đảng bộ " + code.toLowerCase(),
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));

        assertThat(tree.findByCode(code.toLowerCase())).contains(unit);
        assertThat(tree.search(code.toLowerCase(), LocalDate.of(2020, 1, 1), 0, 10).items())
                .extracting(s -> s.id()).startsWith(unit).contains(namesake);
        assertThat(tree.search("tra cuu", LocalDate.of(2020, 1, 1), 0, 10).items()).extracting(s -> s.id())
                .contains(unit).doesNotContain(namesake);
    }
}
