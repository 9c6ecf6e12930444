package dev.dynamos.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws which features were kept in which era as a grid (eras across, features down) with java.awt:
 * one cell per era and feature, features ordered by group with a coloured band naming each group.
 * Drawn directly because a chart library's heat map labels every cell, which is unreadable at about
 * 100 features by 400 eras.
 */
final class SelectionHeatmap {

    private static final int LEFT = 230;
    private static final int TOP = 84;
    private static final int BOTTOM = 50;
    private static final int RIGHT = 30;
    private static final int PLOT_WIDTH = 1000;
    private static final int PLOT_HEIGHT = 700;

    /** Feature names are written beside rows only when rows are at least this tall. */
    private static final int MIN_LABELLED_ROW = 10;

    private static final Color KEPT = new Color(0x1f3b73);
    private static final Color DROPPED = new Color(0xf2f2f2);
    private static final Color[] GROUP_COLORS = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
        new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666)
    };
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private SelectionHeatmap() {}

    /**
     * Returns the heat map image.
     *
     * @param title chart title
     * @param kept {@code kept[e][f]}: whether feature {@code f} was kept in era {@code e}
     * @param featureNames one name per feature
     * @param groupOfFeature one group name per feature
     * @param eras era number of each row of {@code kept}
     */
    static BufferedImage draw(
            String title,
            boolean[][] kept,
            String[] featureNames,
            String[] groupOfFeature,
            int[] eras) {
        checkShape(kept, featureNames, groupOfFeature, eras);
        int[] order = orderByGroup(groupOfFeature);
        Map<String, Color> colors = groupColors(groupOfFeature);
        int cellWidth = Math.max(1, Math.min(12, PLOT_WIDTH / eras.length));
        int cellHeight = Math.max(2, Math.min(16, PLOT_HEIGHT / featureNames.length));
        int width = LEFT + cellWidth * eras.length + RIGHT;
        int height = TOP + cellHeight * featureNames.length + BOTTOM;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, width, height);
            drawHeader(g, title, kept, colors);
            drawCells(g, kept, order, cellWidth, cellHeight);
            drawRowLabels(g, featureNames, groupOfFeature, order, cellHeight, colors);
            drawEraAxis(g, eras, cellWidth, TOP + cellHeight * featureNames.length);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void checkShape(
            boolean[][] kept, String[] featureNames, String[] groups, int[] eras) {
        if (kept.length == 0 || kept.length != eras.length) {
            throw new IllegalArgumentException(
                    "heat map needs one row per era: "
                            + kept.length
                            + " rows, "
                            + eras.length
                            + " eras");
        }
        if (featureNames.length == 0 || groups.length != featureNames.length) {
            throw new IllegalArgumentException(
                    "heat map needs one group per feature: "
                            + featureNames.length
                            + " features, "
                            + groups.length
                            + " groups");
        }
        for (int e = 0; e < kept.length; e++) {
            if (kept[e].length != featureNames.length) {
                throw new IllegalArgumentException(
                        "era row "
                                + e
                                + " has "
                                + kept[e].length
                                + " features, expected "
                                + featureNames.length);
            }
        }
    }

    /** Returns feature indices grouped by first appearance of their group, stable within one. */
    private static int[] orderByGroup(String[] groups) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int f = 0; f < groups.length; f++) {
            byGroup.computeIfAbsent(groups[f], g -> new ArrayList<>()).add(f);
        }
        int[] order = new int[groups.length];
        int next = 0;
        for (List<Integer> members : byGroup.values()) {
            for (int f : members) {
                order[next++] = f;
            }
        }
        return order;
    }

    private static Map<String, Color> groupColors(String[] groups) {
        Map<String, Color> colors = new LinkedHashMap<>();
        for (String group : groups) {
            if (!colors.containsKey(group)) {
                colors.put(group, GROUP_COLORS[colors.size() % GROUP_COLORS.length]);
            }
        }
        return colors;
    }

    private static void drawHeader(
            Graphics2D g, String title, boolean[][] kept, Map<String, Color> colors) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, 20, 26);
        g.setFont(LABEL);
        FontMetrics metrics = g.getFontMetrics();
        int x =
                swatch(
                        g,
                        20,
                        46,
                        KEPT,
                        String.format(Locale.ROOT, "kept (mean keep ratio %.3f)", keepRatio(kept)),
                        metrics);
        swatch(g, x + 16, 46, DROPPED, "dropped", metrics);
        x = 20;
        for (Map.Entry<String, Color> group : colors.entrySet()) {
            x = swatch(g, x, 68, group.getValue(), "group " + group.getKey(), metrics) + 16;
        }
    }

    /** Draws a colour square and its label; returns the x just past the label. */
    private static int swatch(
            Graphics2D g, int x, int baseline, Color color, String label, FontMetrics metrics) {
        g.setColor(color);
        g.fillRect(x, baseline - 10, 12, 12);
        g.setColor(Color.GRAY);
        g.drawRect(x, baseline - 10, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString(label, x + 18, baseline);
        return x + 18 + metrics.stringWidth(label);
    }

    private static double keepRatio(boolean[][] kept) {
        long keptCells = 0;
        for (boolean[] era : kept) {
            for (boolean k : era) {
                keptCells += k ? 1 : 0;
            }
        }
        return (double) keptCells / ((long) kept.length * kept[0].length);
    }

    private static void drawCells(
            Graphics2D g, boolean[][] kept, int[] order, int cellWidth, int cellHeight) {
        for (int row = 0; row < order.length; row++) {
            int y = TOP + row * cellHeight;
            for (int e = 0; e < kept.length; e++) {
                g.setColor(kept[e][order[row]] ? KEPT : DROPPED);
                g.fillRect(LEFT + e * cellWidth, y, cellWidth, cellHeight);
            }
        }
    }

    private static void drawRowLabels(
            Graphics2D g,
            String[] names,
            String[] groups,
            int[] order,
            int cellHeight,
            Map<String, Color> colors) {
        g.setFont(LABEL);
        FontMetrics metrics = g.getFontMetrics();
        boolean labelRows = cellHeight >= MIN_LABELLED_ROW;
        int start = 0;
        for (int row = 1; row <= order.length; row++) {
            if (row == order.length || !groups[order[row]].equals(groups[order[row - 1]])) {
                String group = groups[order[row - 1]];
                drawGroupBand(
                        g,
                        labelRows ? "" : group,
                        colors.get(group),
                        start,
                        row,
                        cellHeight,
                        metrics);
                start = row;
            }
        }
        if (labelRows) {
            g.setColor(Color.DARK_GRAY);
            for (int row = 0; row < order.length; row++) {
                String name = names[order[row]];
                int y = TOP + row * cellHeight + cellHeight - 2;
                g.drawString(name, LEFT - 8 - metrics.stringWidth(name), y);
            }
        }
    }

    private static void drawGroupBand(
            Graphics2D g,
            String label,
            Color color,
            int from,
            int to,
            int cellHeight,
            FontMetrics metrics) {
        int y0 = TOP + from * cellHeight;
        int y1 = TOP + to * cellHeight;
        g.setColor(color);
        g.fillRect(12, y0, 8, y1 - y0);
        if (!label.isEmpty() && y1 - y0 >= metrics.getHeight()) {
            g.drawString(label, 26, (y0 + y1) / 2 + metrics.getAscent() / 2);
        }
    }

    private static void drawEraAxis(Graphics2D g, int[] eras, int cellWidth, int y) {
        g.setFont(LABEL);
        g.setColor(Color.DARK_GRAY);
        FontMetrics metrics = g.getFontMetrics();
        int step = Math.max(1, (int) Math.ceil(eras.length / 20.0));
        for (int e = 0; e < eras.length; e += step) {
            int x = LEFT + e * cellWidth + cellWidth / 2;
            String label = Integer.toString(eras[e]);
            g.drawLine(x, y, x, y + 4);
            g.drawString(label, x - metrics.stringWidth(label) / 2, y + 18);
        }
        g.drawString("era", LEFT + eras.length * cellWidth / 2 - 8, y + 38);
    }

    private static void prepare(Graphics2D g, int width, int height) {
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }
}
