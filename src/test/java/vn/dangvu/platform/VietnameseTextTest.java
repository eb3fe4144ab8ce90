package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertThat(VietnameseText.fold("Liên đoàn Lao động")).isEqualTo("lien doan lao dong");
        assertThat(VietnameseText.fold("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")).isEqualTo("dang uy khoi cac co quan tinh");
        assertThat(VietnameseText.fold("Chi bộ Ấp Thạnh Lợi")).isEqualTo("chi bo ap thanh loi");
        assertThat(VietnameseText.fold("Đđ")).isEqualTo("dd");
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String composed = "Đảng bộ Phường Hưng Lợi";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed))
                .isEqualTo("dang bo phuong hung loi");
        assertThat(VietnameseText.clean(decomposed)).isEqualTo(composed);
    }

    /**
     * The quick check of clean text answers all three ways: composed Vietnamese is kept as it is; a mark
     * that may join the letter before it is settled in full (composed when it does, kept when it cannot);
     * a character that is never NFC (the ohm sign, the combining grave tone mark) is normalized.
     */
    @Test
    void cleanTextIsKeptAndEveryOtherFormNormalized() {
        String composed = "Nguyễn Thị Ánh Tuyết";
        assertThat(VietnameseText.clean(composed)).isSameAs(composed);
        assertThat(VietnameseText.clean("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        assertThat(VietnameseText.clean("Ánh\u0301")).isEqualTo("Ánh\u0301"); // NFC already: nothing to compose with
        assertThat(VietnameseText.clean("10 \u2126")).isEqualTo("10 \u03a9");
        assertThat(VietnameseText.clean("a\u0340")).isEqualTo("à");
    }

    @Test
    void collapsesAndTrimsWhiteSpace() {
        assertThat(VietnameseText.fold("  Chi   bộ\tẤp 3 \n")).isEqualTo("chi bo ap 3");
        assertThat(VietnameseText.clean("  Chi   bộ\tẤp 3 \n")).isEqualTo("Chi bộ Ấp 3");
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.clean(null)).isEmpty();
    }

    @Test
    void collatorOrdersLettersAsTheVietnameseAlphabet() {
        var collator = VietnameseText.collator();
        assertThat(collator.compare("a", "ă")).isNegative();
        assertThat(collator.compare("ă", "â")).isNegative();
        assertThat(collator.compare("â", "b")).isNegative();
        assertThat(collator.compare("d", "đ")).isNegative();
        assertThat(collator.compare("đ", "e")).isNegative();
        assertThat(collator.compare("Đ", "E")).isNegative();

        List<String> names = new ArrayList<>(List.of("Em", "Đảng", "Ân", "Dân", "Ăn", "An", "Bé"));
        names.sort(collator);
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Bé", "Dân", "Đảng", "Em");
    }

    @Test
    void collatorPutsATonedLetterAfterTheBareOne() {
        var collator = VietnameseText.collator();
        assertThat(collator.compare("a", "à")).isNegative();
        assertThat(collator.compare("ma", "mà")).isNegative();
    }
}
