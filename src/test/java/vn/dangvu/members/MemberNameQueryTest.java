package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberNameQueryTest {

    @Test
    void foldsDiacriticsAndDAsPeopleTypeWithout() {
        NameQuery q = NameQuery.of("Nguyễn Văn Sẵn");
        assertThat(q.words()).containsExactly("nguyen", "van", "san");
        assertThat(q.exactName()).isEqualTo("nguyen van san");
        assertThat(NameQuery.of("Đỗ Đức Đạt").exactName()).isEqualTo("do duc dat");
        assertThat(NameQuery.of("do duc dat")).isEqualTo(NameQuery.of("Đỗ Đức Đạt"));
        // decomposed input (as some keyboards send it) folds the same
        assertThat(NameQuery.of("Nguye\u0302\u0303n Va\u0306n Sa\u0306\u0303n")).isEqualTo(q);
    }

    @Test
    void theLastWordIsAPrefixTheOthersWholeWords() {
        assertThat(NameQuery.of("nguyen van hu").textSearch()).isEqualTo("nguyen & van & hu:*");
        assertThat(NameQuery.of("hùng").textSearch()).isEqualTo("hung:*");
    }

    @Test
    void spacesCaseAndPunctuationAreNotPartOfTheQuery() {
        NameQuery q = NameQuery.of("  NGUYEN   van, san! ");
        assertThat(q.exactName()).isEqualTo("nguyen van san");
        // nothing typed can reach the text search syntax
        assertThat(NameQuery.of("a&b | !c:* 'd'").textSearch()).isEqualTo("a & b & c & d:*");
        assertThat(NameQuery.of("  ' & ").isEmpty()).isTrue();
        assertThat(NameQuery.of(null).isEmpty()).isTrue();
    }
}
