package vn.dangvu.targets.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the user's language writes them: "1.234,5" in Vietnamese, "1,234.5" in English. */
public final class Numbers {

    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
