package vn.dangvu.ratings.web;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;
import vn.dangvu.ratings.RatingLevel;
import vn.dangvu.ratings.RatingViews.Counts;

/**
 * The shares of the four levels for members and for organizations as horizontal bars, drawn on the
 * server as inline SVG (no script, no inline style; colours from app.css). Texts are escaped.
 */
final class RatingChart {

    private RatingChart() {
    }

    static String draw(Counts members, Counts organizations, String membersLabel, String organizationsLabel,
            Function<RatingLevel, String> levelName, String title, Locale locale) {
        int labelWidth = 230;
        int barWidth = 380;
        int row = 22;
        int levels = RatingLevel.values().length;
        int height = 2 * (levels * row + 30) + 10;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"rating-chart\" viewBox=\"0 0 720 ").append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        int y = 0;
        for (int g = 0; g < 2; g++) {
            Counts counts = g == 0 ? members : organizations;
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-weight=\"700\">")
                    .append(escape((g == 0 ? membersLabel : organizationsLabel) + " (" + counts.total() + ")"))
                    .append("</text>");
            y += 28;
            for (RatingLevel level : RatingLevel.values()) {
                double percent = counts.percent(level);
                svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(levelName.apply(level)))
                        .append("</text>")
                        .append("<rect class=\"track\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
                        .append("\" width=\"").append(barWidth).append("\" height=\"14\"/>")
                        .append("<rect class=\"level-").append(level.name()).append("\" x=\"").append(labelWidth)
                        .append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", barWidth * percent / 100)).append("\" height=\"14\"/>")
                        .append("<text x=\"").append(labelWidth + barWidth + 8).append("\" y=\"").append(y + 14).append("\">")
                        .append(escape(counts.of(level) + " · " + String.format(locale, "%.1f%%", percent)))
                        .append("</text>");
                y += row;
            }
            y += 12;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
