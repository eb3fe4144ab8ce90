package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveValueTest {

    @Test
    void showsOnlyTheLastThreeCharactersEverywhereButClear() {
        SensitiveValue cccd = SensitiveValue.of("001099012345");
        assertThat(cccd.masked()).isEqualTo("•••••••••345");
        assertThat(cccd.toString()).isEqualTo(cccd.masked());
        assertThat(String.valueOf(cccd)).doesNotContain("001099");
        assertThat(cccd.clear()).isEqualTo("001099012345");
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertThat(SensitiveValue.of("12345").masked()).isEqualTo("•••••");
        assertThat(SensitiveValue.of(null).isEmpty()).isTrue();
    }
}
