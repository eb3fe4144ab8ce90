package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CongressNumberTest {

    @ParameterizedTest
    @CsvSource({"1, I", "4, IV", "9, IX", "14, XIV", "16, XVI", "40, XL", "49, XLIX", "90, XC", "400, CD",
            "1994, MCMXCIV", "3999, MMMCMXCIX"})
    void writesRomanNumeralsAsPartyDocumentsDo(int value, String roman) {
        assertThat(new CongressNumber(value).roman()).isEqualTo(roman);
        assertThat(CongressNumber.parse(roman)).isEqualTo(new CongressNumber(value));
    }

    @Test
    void everyNumberSurvivesTheRoundTrip() {
        for (int value = 1; value <= 3999; value++) {
            CongressNumber number = new CongressNumber(value);
            assertThat(CongressNumber.parse(number.roman())).isEqualTo(number);
            assertThat(CongressNumber.parse(Integer.toString(value))).isEqualTo(number);
        }
    }

    @Test
    void readsLowerCaseAndSurroundingSpaces() {
        assertThat(CongressNumber.parse(" xvi ").value()).isEqualTo(16);
        assertThat(CongressNumber.parse(" 16\t").value()).isEqualTo(16);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "IIII", "VX", "IC", "XXXX", "MMMM", "VV", "XVI2", "X VI", "ABC", "0", "4000", "-1",
            "12345", "1.5"})
    void refusesWhatIsNotACongressNumber(String text) {
        assertThatThrownBy(() -> CongressNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4000})
    void refusesNumbersOutsideOneTo3999(int value) {
        assertThatThrownBy(() -> new CongressNumber(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
