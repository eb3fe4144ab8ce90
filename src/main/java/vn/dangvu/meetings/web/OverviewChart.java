package vn.dangvu.meetings.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.meetings.MeetingViews.Overview;

/**
 * The overview's figures drawn as inline SVG (no script, no inline style: colours come from app.css):
 * one bar for the monthly meetings and one for the themed ones, held against not held.
 */
final class OverviewChart {

    private OverviewChart() {
    }

    static String svg(Overview o, MessageSource messages, Locale locale) {
        String monthly = messages.getMessage("meetings.overview.monthly", null, locale);
        String themed = messages.getMessage("meetings.overview.themed", null, locale);
        String label = messages.getMessage("meetings.overview.chart", new Object[] {o.branches()}, locale);
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"meetings-chart\" viewBox=\"0 0 640 110\" role=\"img\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label)).append("\"><title>").append(HtmlUtils.htmlEscape(label)).append("</title>");
        bar(svg, 10, monthly, o.monthlyComplete(), o.branches());
        bar(svg, 60, themed, o.themedComplete(), o.branches());
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int y, String name, long held, long total) {
        double left = 190;
        double width = 380;
        double filled = total == 0 ? 0 : width * held / total;
        svg.append("<text class=\"tick\" x=\"0\" y=\"").append(y + 24).append("\">").append(HtmlUtils.htmlEscape(name))
                .append("</text>")
                .append("<rect class=\"track\" x=\"").append(left).append("\" y=\"").append(y + 8)
                .append("\" width=\"").append(width).append("\" height=\"24\"/>")
                .append("<rect class=\"fill\" x=\"").append(left).append("\" y=\"").append(y + 8)
                .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", filled)).append("\" height=\"24\"/>")
                .append("<text class=\"tick\" x=\"").append(left + width + 8).append("\" y=\"").append(y + 24).append("\">")
                .append(held).append('/').append(total).append("</text>");
    }
}
