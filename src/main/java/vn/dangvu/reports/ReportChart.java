package vn.dangvu.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import vn.dangvu.reports.ReportModel.TargetRow;
import vn.dangvu.targets.ProgressSettings;

/**
 * The targets as progress bars, one per target, drawn headless with Java2D into a PNG for the Word
 * and PDF documents. The bar runs to 100% of the goal (a longer one is cut at 150%, its figure says
 * the rest); the label uses the bundled serif font so Vietnamese renders on any server.
 */
final class ReportChart {

    static final int WIDTH = 1200;
    static final int ROW = 54;
    static final int TOP = 16;
    private static final int LABEL = 560;
    private static final double MAX = 150;

    private static final Font BASE = load();

    private ReportChart() {
    }

    static int height(int rows) {
        return TOP * 2 + Math.max(1, rows) * ROW;
    }

    static byte[] png(List<TargetRow> rows, ProgressSettings settings) {
        int h = height(rows.size());
        BufferedImage image = new BufferedImage(WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, h);
            g.setFont(BASE.deriveFont(22f));
            FontMetrics fm = g.getFontMetrics();
            int barX = LABEL + 20;
            int barW = WIDTH - barX - 120;
            int hundredX = barX + (int) (barW * 100 / MAX);
            for (int i = 0; i < rows.size(); i++) {
                TargetRow r = rows.get(i);
                int y = TOP + i * ROW;
                g.setColor(Color.BLACK);
                String label = fit(r.number() + ". " + ReportText.nfc(r.title()), fm, LABEL);
                g.drawString(label, 8, y + 32);
                g.setColor(new Color(DocumentFormat.CHART_TRACK));
                g.fillRect(barX, y + 12, barW, 26);
                BigDecimal p = r.percent();
                if (p != null) {
                    double pct = Math.max(0, Math.min(MAX, p.doubleValue()));
                    g.setColor(new Color(switch (r.verdict()) {
                        case EXCEEDED, REACHED -> DocumentFormat.CHART_REACHED;
                        case IN_PROGRESS -> DocumentFormat.CHART_IN_PROGRESS;
                        default -> DocumentFormat.CHART_BEHIND;
                    }));
                    g.fillRect(barX, y + 12, (int) (barW * pct / MAX), 26);
                }
                g.setColor(Color.BLACK);
                g.drawString(ReportText.percent(p, settings), barX + barW + 10, y + 32);
            }
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            g.drawLine(hundredX, TOP - 6, hundredX, h - TOP + 6);
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static Font load() {
        try (InputStream in = ReportChart.class.getResourceAsStream(DocumentFormat.PDF_FONT_FILES[0])) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException("The bundled report font cannot be read", e);
        }
    }
}
