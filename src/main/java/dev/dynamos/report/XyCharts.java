package dev.dynamos.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/** XChart line and bar charts over eras, styled alike for reports. */
final class XyCharts {

    static final int WIDTH = 1100;
    static final int HEIGHT = 420;

    /** Most x-axis labels on a bar chart over eras, so that 400 eras stay readable. */
    private static final int MAX_ERA_LABELS = 20;

    private static final Color POSITIVE = new Color(0x2e7d32);
    private static final Color NEGATIVE = new Color(0xc62828);
    private static final Color MEAN_LINE = new Color(0x1f3b73);

    private XyCharts() {}

    /** Returns a line chart of the running sum of each series over eras, NaN eras skipped. */
    static XYChart cumulative(String title, String yLabel, List<EraSeries> series) {
        XYChart chart = lineChart(title, "era", yLabel);
        for (EraSeries s : series) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < s.eras().length; i++) {
                if (!Double.isNaN(s.values()[i])) {
                    sum += s.values()[i];
                    xs.add((double) s.eras()[i]);
                    ys.add(sum);
                }
            }
            addLine(chart, s.name(), xs, ys);
        }
        return chart;
    }

    /**
     * Returns a line chart of the rolling Sharpe ratio (mean over standard deviation, ddof 0) of
     * each series over the last {@code window} eras with values.
     */
    static XYChart rollingSharpe(String title, List<EraSeries> series, int window) {
        XYChart chart = lineChart(title, "era", "Sharpe over " + window + " eras");
        for (EraSeries s : series) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            double[] recent = new double[window];
            int seen = 0;
            for (int i = 0; i < s.eras().length; i++) {
                if (Double.isNaN(s.values()[i])) {
                    continue;
                }
                recent[seen++ % window] = s.values()[i];
                double sharpe = seen >= window ? sharpe(recent) : Double.NaN;
                if (Double.isFinite(sharpe)) {
                    xs.add((double) s.eras()[i]);
                    ys.add(sharpe);
                }
            }
            addLine(chart, s.name(), xs, ys);
        }
        return chart;
    }

    /** Returns a line chart of each named series against shared x values, NaN points skipped. */
    static XYChart lines(
            String title, String xLabel, String yLabel, double[] xs, Map<String, double[]> ys) {
        XYChart chart = lineChart(title, xLabel, yLabel);
        for (Map.Entry<String, double[]> entry : ys.entrySet()) {
            double[] values = entry.getValue();
            if (values.length != xs.length) {
                throw new IllegalArgumentException(
                        "series '"
                                + entry.getKey()
                                + "' has "
                                + values.length
                                + " values for "
                                + xs.length
                                + " x values");
            }
            List<Double> keptX = new ArrayList<>();
            List<Double> keptY = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(values[i])) {
                    keptX.add(xs[i]);
                    keptY.add(values[i]);
                }
            }
            addLine(chart, entry.getKey(), keptX, keptY);
        }
        return chart;
    }

    /** Returns a bar chart of one value per era, positive bars green, negative red, mean line. */
    static CategoryChart perEraBars(String title, String yLabel, EraSeries series) {
        CategoryChart chart =
                new CategoryChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle("era")
                        .yAxisTitle(yLabel)
                        .build();
        style(chart.getStyler());
        chart.getStyler().setOverlapped(true).setAvailableSpaceFill(0.9);
        chart.getStyler().setXAxisMaxLabelCount(MAX_ERA_LABELS).setXAxisLabelRotation(0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        List<Integer> eras = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < series.eras().length; i++) {
            double v = series.values()[i];
            if (!Double.isNaN(v)) {
                eras.add(series.eras()[i]);
                up.add(Math.max(v, 0));
                down.add(Math.min(v, 0));
                sum += v;
            }
        }
        requirePoints(series.name(), eras.size());
        chart.addSeries(series.name() + " > 0", eras, up).setFillColor(POSITIVE);
        chart.addSeries(series.name() + " < 0", eras, down).setFillColor(NEGATIVE);
        double average = sum / eras.size();
        List<Double> mean = new ArrayList<>(Collections.nCopies(eras.size(), average));
        chart.addSeries(String.format(Locale.ROOT, "mean %.4f", average), eras, mean)
                .setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line)
                .setLineColor(MEAN_LINE);
        return chart;
    }

    private static XYChart lineChart(String title, String xLabel, String yLabel) {
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle(xLabel)
                        .yAxisTitle(yLabel)
                        .build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        chart.getStyler().setXAxisDecimalPattern("0");
        return chart;
    }

    private static void addLine(XYChart chart, String name, List<Double> xs, List<Double> ys) {
        requirePoints(name, xs.size());
        chart.addSeries(name, xs, ys).setLineWidth(1.8f);
    }

    private static void requirePoints(String name, int points) {
        if (points == 0) {
            throw new IllegalArgumentException("series '" + name + "' has no finite values");
        }
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(new Color(0xe0e0e0));
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendPosition(LegendPosition.InsideNW);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setMarkerSize(0);
        styler.setYAxisDecimalPattern("0.###");
        styler.setAntiAlias(true);
    }

    private static double sharpe(double[] window) {
        double mean = 0;
        for (double v : window) {
            mean += v;
        }
        mean /= window.length;
        double variance = 0;
        for (double v : window) {
            variance += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(variance / window.length);
        return std > 0 ? mean / std : Double.NaN;
    }
}
