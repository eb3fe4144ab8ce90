package vn.dangvu.training.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Percentages and counts as the reader's language writes them: "97%", "96,7%" in Vietnamese. */
public final class Rates {

    private final Locale locale;

    Rates(Locale locale) {
        this.locale = locale;
    }

    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale)).format(rate) + "%";
    }

    public String number(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(n);
    }
}
