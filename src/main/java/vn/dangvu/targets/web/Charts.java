package vn.dangvu.targets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;
import vn.dangvu.targets.ProgressViews.Point;
import vn.dangvu.targets.ProgressViews.Series;
import vn.dangvu.targets.Reading;
import vn.dangvu.targets.RollUps.MeasureRollUp;
import vn.dangvu.targets.RollUps.Row;
import vn.dangvu.targets.Window;

/**
 * Charts drawn on the server as inline SVG: no script, no inline style and nothing from another
 * site, so they pass a strict Content-Security-Policy; colours come from classes in app.css. Every
 * text put into them is escaped.
 */
final class Charts {

    private Charts() {
    }

    /** A bar filled to the percentage achieved (capped at 100), with a tick where the pace expects it to be. */
    static String progressBar(Reading reading, String label) {
        double percent = reading.percent() == null ? 0 : Math.min(100, Math.max(0, reading.percent().doubleValue()));
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"progress\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\"><rect class=\"track\" width=\"100\" height=\"10\"/>")
                .append("<rect class=\"fill status-").append(reading.status().name()).append("\" width=\"")
                .append(num(percent)).append("\" height=\"10\"/>");
        if (reading.pace() != null && reading.goal() != null && reading.goal().signum() > 0) {
            double pace = Math.min(100, reading.pace().doubleValue() * 100 / reading.goal().doubleValue());
            svg.append("<line class=\"pace-mark\" x1=\"").append(num(pace)).append("\" x2=\"").append(num(pace))
                    .append("\" y1=\"0\" y2=\"10\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The value over the term against the pace line. {@code compact} draws a small chart for a list;
     * otherwise axes with the years and the figures are drawn too.
     */
    static String line(Series series, Window term, LocalDate asOf, boolean compact, String label, Numbers numbers) {
        double width = compact ? 160 : 640;
        double height = compact ? 40 : 240;
        double left = compact ? 2 : 48;
        double right = compact ? 2 : 12;
        double top = compact ? 3 : 12;
        double bottom = compact ? 3 : 26;
        double max = 0;
        for (Point p : series.values()) {
            max = Math.max(max, p.value().doubleValue());
        }
        for (List<Point> segment : series.pace()) {
            for (Point p : segment) {
                max = Math.max(max, p.value().doubleValue());
            }
        }
        max = max <= 0 ? 1 : max * 1.08;
        Scale x = new Scale(term.start().toEpochDay(), term.end().toEpochDay(), left, width - right);
        Scale y = new Scale(0, max, height - bottom, top);
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart").append(compact ? " compact" : "").append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\"><title>").append(escape(label)).append("</title>");
        if (!compact) {
            svg.append("<line class=\"axis\" x1=\"").append(num(left)).append("\" x2=\"").append(num(width - right))
                    .append("\" y1=\"").append(num(height - bottom)).append("\" y2=\"").append(num(height - bottom))
                    .append("\"/>");
            for (int i = 0; i <= 2; i++) {
                double v = max / 1.08 * i / 2;
                double py = y.at(v);
                svg.append("<line class=\"grid\" x1=\"").append(num(left)).append("\" x2=\"").append(num(width - right))
                        .append("\" y1=\"").append(num(py)).append("\" y2=\"").append(num(py)).append("\"/>")
                        .append("<text class=\"tick\" x=\"").append(num(left - 6)).append("\" y=\"").append(num(py + 4))
                        .append("\" text-anchor=\"end\">")
                        .append(escape(numbers.number(BigDecimal.valueOf(Math.round(v * 10) / 10.0)))).append("</text>");
            }
            for (int year = term.start().getYear(); year <= term.end().getYear(); year++) {
                LocalDate jan = LocalDate.of(year, 1, 1);
                double px = x.at(Math.max(jan.toEpochDay(), term.start().toEpochDay()));
                svg.append("<line class=\"grid\" x1=\"").append(num(px)).append("\" x2=\"").append(num(px))
                        .append("\" y1=\"").append(num(top)).append("\" y2=\"").append(num(height - bottom)).append("\"/>")
                        .append("<text class=\"tick\" x=\"").append(num(px + 3)).append("\" y=\"")
                        .append(num(height - bottom + 16)).append("\">").append(year).append("</text>");
            }
            if (term.contains(asOf)) {
                double px = x.at(asOf.toEpochDay());
                svg.append("<line class=\"today\" x1=\"").append(num(px)).append("\" x2=\"").append(num(px))
                        .append("\" y1=\"").append(num(top)).append("\" y2=\"").append(num(height - bottom)).append("\"/>");
            }
        }
        for (List<Point> segment : series.pace()) {
            svg.append("<polyline class=\"pace\" points=\"").append(points(segment, x, y)).append("\"/>");
        }
        if (!series.values().isEmpty()) {
            svg.append("<polyline class=\"value\" points=\"").append(points(series.values(), x, y)).append("\"/>");
            Point last = series.values().getLast();
            svg.append("<circle class=\"value-end\" r=\"").append(compact ? "2" : "4").append("\" cx=\"")
                    .append(num(x.at(last.day().toEpochDay()))).append("\" cy=\"").append(num(y.at(last.value().doubleValue())))
                    .append("\"/>");
            if (!compact) {
                svg.append("<text class=\"value-label\" x=\"").append(num(x.at(last.day().toEpochDay()) + 6))
                        .append("\" y=\"").append(num(y.at(last.value().doubleValue()) - 6)).append("\">")
                        .append(escape(numbers.number(last.value()))).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar per subordinate, those behind on their own target marked. */
    static String bars(MeasureRollUp rollUp, String label, Numbers numbers) {
        List<Row> rows = rollUp.rows();
        double rowHeight = 22;
        double width = 640;
        double labelWidth = 250;
        double height = Math.max(rowHeight, rows.size() * rowHeight) + 4;
        double max = rollUp.max().doubleValue();
        Scale x = new Scale(0, max <= 0 ? 1 : max, labelWidth + 4, width - 60);
        StringBuilder svg = new StringBuilder().append("<svg class=\"bars\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double py = 2 + i * rowHeight;
            double value = row.value() == null ? 0 : row.value().doubleValue();
            svg.append("<text class=\"bar-label\" x=\"0\" y=\"").append(num(py + 15)).append("\">")
                    .append(escape(shorten(row.name(), 38))).append("</text>")
                    .append("<rect class=\"bar").append(row.behind() ? " behind" : "").append("\" x=\"")
                    .append(num(labelWidth + 4)).append("\" y=\"").append(num(py + 3)).append("\" height=\"")
                    .append(num(rowHeight - 6)).append("\" width=\"").append(num(Math.max(0, x.at(value) - labelWidth - 4)))
                    .append("\"/>")
                    .append("<text class=\"bar-value\" x=\"").append(num(x.at(value) + 4)).append("\" y=\"")
                    .append(num(py + 15)).append("\">").append(escape(numbers.number(row.value()))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String points(List<Point> points, Scale x, Scale y) {
        List<String> out = new ArrayList<>();
        for (Point p : points) {
            out.add(num(x.at(p.day().toEpochDay())) + "," + num(y.at(p.value().doubleValue())));
        }
        return String.join(" ", out);
    }

    private record Scale(double from, double to, double start, double end) {
        double at(double v) {
            double span = to - from;
            double t = span == 0 ? 0 : (v - from) / span;
            return start + Math.max(0, Math.min(1, t)) * (end - start);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
