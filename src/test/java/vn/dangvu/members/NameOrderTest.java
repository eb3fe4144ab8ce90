package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** Lists of members follow the Vietnamese order: given name, then middle names, then family name. */
class NameOrderTest {

    private final Collator collator = Collator.getInstance(new ULocale("vi"));

    @Test
    void comparesTheGivenNameWholeBeforeTheMiddleAndFamilyNames() {
        List<String> names = List.of("Nguyễn Văn Sẵn", "Trần Thị Ánh", "Bình", "Lê Văn Bảo", "Đỗ Văn Anh",
                "Phạm Văn An", "Hồ Văn Bảo", "Nguyễn An");

        // PostgreSQL compares bytea as unsigned bytes, shorter first on a common prefix
        List<String> sorted = names.stream()
                .sorted(Comparator.comparing((String n) -> MemberStore.sortKey(collator, profile(n)),
                        Arrays::compareUnsigned))
                .toList();

        assertThat(sorted).containsExactly("Nguyễn An", "Phạm Văn An", "Đỗ Văn Anh", "Trần Thị Ánh", "Hồ Văn Bảo",
                "Lê Văn Bảo", "Bình", "Nguyễn Văn Sẵn");
    }

    @Test
    void splitsANameIntoGivenMiddleAndFamily() {
        assertThat(profile("Tôn Nữ Thị Ninh").sortFields()).containsExactly("Ninh", "Nữ Thị", "Tôn");
        assertThat(profile("Nguyễn An").sortFields()).containsExactly("An", "", "Nguyễn");
        assertThat(profile("Bình").sortFields()).containsExactly("Bình");
    }

    private static Profile profile(String name) {
        return new Profile(name, Sex.MALE, LocalDate.of(1980, 1, 1), null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
