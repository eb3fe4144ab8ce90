package vn.dangvu.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TrainingChartsTest {

    @Test
    void longLabelsKeepTheirEndsSoRoundsOfOneCampaignStayApart() {
        String first = TrainingCharts.shorten("Học tập Nghị quyết Trung ương 4, 5, 6 (khóa XII) – đợt 1", 44);
        String second = TrainingCharts.shorten("Học tập Nghị quyết Trung ương 4, 5, 6 (khóa XII) – đợt 2", 44);
        assertThat(first).hasSizeLessThanOrEqualTo(44).startsWith("Học tập").endsWith("đợt 1").contains("…");
        assertThat(second).endsWith("đợt 2");
        assertThat(TrainingCharts.shorten("Lớp ngắn", 44)).isEqualTo("Lớp ngắn");
    }

    @Test
    void barsAreDrawnToTheRateWithTheRateWrittenInTheReadersLanguage() {
        String svg = TrainingCharts.bars(List.of(new TrainingCharts.Bar("Đợt <1>", new BigDecimal("97.0")),
                new TrainingCharts.Bar("Đợt 2", null)), "Tỷ lệ", new Rates(Locale.forLanguageTag("vi")));
        assertThat(svg).contains("97%", "Đợt &lt;1&gt;", "–").doesNotContain("<1>");
        assertThat(new Rates(Locale.forLanguageTag("vi")).percent(new BigDecimal("96.7"))).isEqualTo("96,7%");
        assertThat(new Rates(Locale.ENGLISH).percent(new BigDecimal("96.7"))).isEqualTo("96.7%");
    }
}
