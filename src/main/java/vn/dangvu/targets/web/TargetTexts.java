package vn.dangvu.targets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Reading;
import vn.dangvu.targets.SummaryLine;

/** The sentences a review writes, for pages and the API alike. */
@Component
class TargetTexts {

    private final MessageSource messages;

    TargetTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** "10/14 chỉ tiêu đạt 100% trở lên, 3 chỉ tiêu đạt trên 60%". */
    String summary(SummaryLine summary, Locale locale) {
        if (summary.total() == 0) {
            return messages.getMessage("target.summary.none", null, locale);
        }
        Numbers numbers = new Numbers(locale);
        List<String> parts = new ArrayList<>();
        parts.add(messages.getMessage("target.summary.first", new Object[] {String.valueOf(summary.first().count()),
                String.valueOf(summary.total()), numbers.number(summary.first().threshold())}, locale));
        for (SummaryLine.Band band : summary.furtherBands()) {
            parts.add(messages.getMessage("target.summary.further", new Object[] {String.valueOf(band.count()),
                    numbers.number(band.threshold())}, locale));
        }
        return String.join(", ", parts);
    }

    /** "Đạt 77/110, bằng 70% so với chỉ tiêu", or why there is nothing to say yet. */
    String result(Reading reading, Locale locale) {
        Numbers numbers = new Numbers(locale);
        return switch (reading.status()) {
            case NOT_STARTED -> messages.getMessage("targets.result.notStarted", null, locale);
            case NO_DATA -> messages.getMessage("targets.result.noData", null, locale);
            default -> messages.getMessage("targets.result", new Object[] {numbers.number(reading.value()),
                    numbers.number(reading.goal()), numbers.number(reading.percent())}, locale);
        };
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
