package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dangvu.platform.RuleViolation;

class PasswordPolicyTest {

    @Test
    void countsCharactersAsTypedSoVietnameseLettersCountOnce() {
        // 11 characters typed; decomposed (NFD) they are 14 code points, which must not pass for 12.
        String decomposed = java.text.Normalizer.normalize("hồngnhungđỏ", java.text.Normalizer.Form.NFD);
        assertThat(decomposed.codePointCount(0, decomposed.length())).isGreaterThanOrEqualTo(12);
        assertThatCode(() -> PasswordPolicy.check("hồngnhungđỏ1", "user")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(decomposed, "user"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("accounts.password-length"));
    }

    @Test
    void refusesTooLongAndTheUserNameButImposesNoComposition() {
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(129), "user")).isInstanceOf(RuleViolation.class);
        assertThatCode(() -> PasswordPolicy.check("a".repeat(128), "user")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("chỉ toàn chữ thường", "user")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("Nguyen.Van.An", "nguyen.van.an"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("accounts.password-different"));
    }

    @Test
    void oneTimePasswordsPassThePolicyAndDiffer() {
        String first = PasswordPolicy.oneTimePassword();
        assertThat(first).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}").doesNotContain("0", "O", "1", "l");
        assertThatCode(() -> PasswordPolicy.check(first, "admin")).doesNotThrowAnyException();
        assertThat(PasswordPolicy.oneTimePassword()).isNotEqualTo(first);
    }
}
