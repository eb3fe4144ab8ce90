package vn.dangvu.training.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** Attendance rates drawn as horizontal bars, 0–100%, server side (no script under the strict CSP). */
final class TrainingCharts {

    /** One bar: its label and its rate (null when nobody was enrolled). */
    record Bar(String label, BigDecimal rate) {
    }

    private TrainingCharts() {
    }

    static String bars(List<Bar> bars, String title, Rates rates) {
        double rowHeight = 24;
        double width = 720;
        double labelWidth = 300;
        double right = width - 70;
        double height = bars.size() * rowHeight + 22;
        StringBuilder svg = new StringBuilder().append("<svg class=\"bars\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>")
                .append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 2 + i * rowHeight;
            double value = bar.rate() == null ? 0 : Math.max(0, Math.min(100, bar.rate().doubleValue()));
            double length = (right - labelWidth - 4) * value / 100;
            svg.append("<text class=\"bar-label\" x=\"0\" y=\"").append(num(y + 16)).append("\">")
                    .append(escape(shorten(bar.label(), 44))).append("</text>")
                    .append("<rect class=\"track\" x=\"").append(num(labelWidth + 4)).append("\" y=\"").append(num(y + 4))
                    .append("\" height=\"").append(num(rowHeight - 8)).append("\" width=\"")
                    .append(num(right - labelWidth - 4)).append("\"/>")
                    .append("<rect class=\"bar\" x=\"").append(num(labelWidth + 4)).append("\" y=\"").append(num(y + 4))
                    .append("\" height=\"").append(num(rowHeight - 8)).append("\" width=\"").append(num(length))
                    .append("\"/>")
                    .append("<text class=\"bar-value\" x=\"").append(num(right + 6)).append("\" y=\"").append(num(y + 16))
                    .append("\">").append(escape(rates.percent(bar.rate()))).append("</text>");
        }
        // the scale: 0, 50 and 100%
        double axis = bars.size() * rowHeight + 16;
        for (int p : new int[] {0, 50, 100}) {
            double x = labelWidth + 4 + (right - labelWidth - 4) * p / 100.0;
            svg.append("<text class=\"tick\" x=\"").append(num(x)).append("\" y=\"").append(num(axis))
                    .append("\" text-anchor=\"middle\">").append(p).append("%</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Keeps both ends of a long label: classes of one campaign often differ only in their last words ("đợt 2"). */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int tail = max / 2;
        return text.substring(0, max - tail - 1).stripTrailing() + "…" + text.substring(text.length() - tail).stripLeading();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
