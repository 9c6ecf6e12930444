package dev.dynamos.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a horizontal bar chart of named values with java.awt, largest magnitude on top, so that
 * long feature names stay readable (XChart's category axis would have to rotate them).
 */
final class HorizontalBars {

    private static final int WIDTH = 1100;
    private static final int ROW = 22;
    private static final int TOP = 50;
    private static final int BOTTOM = 40;
    private static final int VALUE_ROOM = 80;
    private static final Color POSITIVE = new Color(0x1f77b4);
    private static final Color NEGATIVE = new Color(0xd62728);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private HorizontalBars() {}

    /**
     * Returns the chart of the {@code top} values of largest magnitude.
     *
     * @param title chart title
     * @param valueLabel what the values are, shown under the axis
     * @param values value per name; NaN values are left out
     * @param top how many bars at most, at least 1
     */
    static BufferedImage draw(
            String title, String valueLabel, Map<String, Double> values, int top) {
        List<Map.Entry<String, Double>> bars = largest(values, top);
        int height = TOP + ROW * bars.size() + BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, height);
            g.setFont(TITLE);
            g.drawString(title, 20, 28);
            drawBars(g, bars, valueLabel, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static List<Map.Entry<String, Double>> largest(Map<String, Double> values, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be >= 1, got " + top);
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            if (entry.getValue() != null && Double.isFinite(entry.getValue())) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no finite values to draw for the bar chart");
        }
        entries.sort(
                Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey));
        return entries.subList(0, Math.min(top, entries.size()));
    }

    private static void drawBars(
            Graphics2D g, List<Map.Entry<String, Double>> bars, String valueLabel, int height) {
        g.setFont(LABEL);
        FontMetrics metrics = g.getFontMetrics();
        double max = 0;
        double min = 0;
        for (Map.Entry<String, Double> bar : bars) {
            max = Math.max(max, bar.getValue());
            min = Math.min(min, bar.getValue());
        }
        int labelWidth = 0;
        for (Map.Entry<String, Double> bar : bars) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(bar.getKey()));
        }
        int labelEnd = Math.min(20 + labelWidth, WIDTH / 2);
        // Room for a negative bar's value text between the names and the bars.
        int left = labelEnd + (min < 0 ? VALUE_ROOM : 10);
        int right = WIDTH - 90;
        double span = max - min > 0 ? max - min : 1;
        int zero = left + (int) Math.round((right - left) * (-min / span));
        for (int i = 0; i < bars.size(); i++) {
            drawBar(g, bars.get(i), i, labelEnd, left, right, zero, span, metrics);
        }
        drawAxis(g, zero, height, valueLabel, left);
    }

    private static void drawBar(
            Graphics2D g,
            Map.Entry<String, Double> bar,
            int i,
            int labelEnd,
            int left,
            int right,
            int zero,
            double span,
            FontMetrics metrics) {
        int y = TOP + i * ROW;
        double value = bar.getValue();
        int length = (int) Math.round((right - left) * Math.abs(value) / span);
        int x = value >= 0 ? zero : zero - length;
        g.setColor(value >= 0 ? POSITIVE : NEGATIVE);
        g.fillRect(x, y + 3, Math.max(length, 1), ROW - 6);
        g.setColor(Color.DARK_GRAY);
        String name = bar.getKey();
        g.drawString(name, labelEnd - metrics.stringWidth(name), y + ROW - 7);
        String text = String.format(Locale.ROOT, "%.4g", value);
        int textX = value >= 0 ? x + length + 4 : x - 4 - metrics.stringWidth(text);
        g.drawString(text, textX, y + ROW - 7);
    }

    private static void drawAxis(Graphics2D g, int zero, int height, String valueLabel, int left) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(zero, TOP - 4, zero, height - BOTTOM + 4);
        g.setColor(Color.DARK_GRAY);
        g.drawString(valueLabel, left, height - 14);
    }

    private static void prepare(Graphics2D g, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
    }
}
