package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.VietnameseText;

/** The import's shortcuts give exactly what the general code gives: folded names, sort keys, payloads. */
class MemberCopyTest {

    static final List<String> NAMES = List.of("Nguyễn Văn Sẵn", "Trần Thị Ánh", "Đỗ Văn Anh", "Lê", "Hồ Chí Minh",
            "Nguyễn Thị Minh Khai", "ĐẶNG THỊ NGỌC THỊNH", "Phạm Văn Đồng", "Bùi Thị Xuân", "Lý Thường Kiệt",
            "Huỳnh Tấn Phát", "Võ Nguyên Giáp", "Tôn Nữ Thị Ninh", "Y Ngông Niê Kdăm", "H'Hen Niê", "Nguyen Van A",
            "Ngô Bảo Châu", "Dương Thu Hương", "Mạc Đĩnh Chi", "Tạ Quang Bửu", "Thích Quảng Đức");

    @Test
    void namesRememberedWordByWordFoldAndSortAsTheirWholeNames() {
        MemberStore store = new MemberStore(null, null);
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        MemberCopy.Names names = new MemberCopy.Names(store);
        List<String> all = new ArrayList<>(NAMES);
        // the same words again in other names, so that remembered words are used
        for (String a : NAMES) {
            for (String b : List.of("Văn", "Thị", "Ngọc Ánh")) {
                all.add(a.split(" ")[0] + " " + b + " " + a.substring(a.lastIndexOf(' ') + 1));
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String name : all) {
                Profile p = new Profile(name, Sex.MALE, LocalDate.of(1980, 1, 1), null, null, null, null, null, null,
                        null, null, null, null, null, null);
                assertThat(names.folded(p.fullName())).as(name).isEqualTo(VietnameseText.fold(p.fullName()));
                assertThat(names.sortKey(p)).as(name).isEqualTo(MemberStore.sortKey(collator, p));
            }
        }
    }

    @Test
    void theRecordOpenedPayloadIsJacksons() {
        JsonMapper json = JsonMapper.builder().build();
        for (RecordOpened e : List.of(
                new RecordOpened(LocalDate.of(2015, 6, 1), new UnitId(42), LocalDate.of(2005, 5, 19),
                        LocalDate.of(2005, 6, 2), LocalDate.of(2006, 6, 2)),
                new RecordOpened(LocalDate.of(2025, 3, 20), new UnitId(7), LocalDate.of(2025, 3, 3), null, null),
                new RecordOpened(LocalDate.of(2019, 3, 1), null, LocalDate.of(2019, 1, 10), null, LocalDate.MAX))) {
            assertThat(json.readTree(MemberCopy.payload(e))).isEqualTo(json.readTree(json.writeValueAsString(e)));
        }
    }
}
