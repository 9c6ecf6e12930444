package dev.dynamos.data.prices;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** Random-walk daily prices for tests, written as a long price CSV (gzip when named .gz). */
public final class SyntheticPrices {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 5);

    final List<LocalDate> days;
    final String[] tickers;
    final double[][] open;
    final double[][] high;
    final double[][] low;
    final double[][] close;
    final double[][] adjClose;
    final double[][] volume;

    private SyntheticPrices(List<LocalDate> days, String[] tickers) {
        this.days = days;
        this.tickers = tickers;
        int t = tickers.length;
        int d = days.size();
        open = new double[t][d];
        high = new double[t][d];
        low = new double[t][d];
        close = new double[t][d];
        adjClose = new double[t][d];
        volume = new double[t][d];
    }

    /** Generates prices for {@code tickerCount} tickers over {@code dayCount} weekdays. */
    public static SyntheticPrices generate(int tickerCount, int dayCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] tickers = new String[tickerCount];
        for (int t = 0; t < tickerCount; t++) {
            tickers[t] = String.format("T%03d", t);
        }
        SyntheticPrices prices = new SyntheticPrices(weekdays(dayCount), tickers);
        for (int t = 0; t < tickerCount; t++) {
            prices.walk(t, 0, 20 + 80 * random.nextDouble(), random);
        }
        return prices;
    }

    /** Returns a copy whose prices and volumes after {@code date} follow a different walk. */
    SyntheticPrices perturbedAfter(LocalDate date, long seed) {
        SyntheticPrices copy = new SyntheticPrices(days, tickers);
        SplittableRandom random = new SplittableRandom(seed);
        int first = 0;
        while (first < days.size() && !days.get(first).isAfter(date)) {
            first++;
        }
        for (int t = 0; t < tickers.length; t++) {
            for (int d = 0; d < first; d++) {
                copy.open[t][d] = open[t][d];
                copy.high[t][d] = high[t][d];
                copy.low[t][d] = low[t][d];
                copy.close[t][d] = close[t][d];
                copy.adjClose[t][d] = adjClose[t][d];
                copy.volume[t][d] = volume[t][d];
            }
            copy.walk(t, first, close[t][first - 1] * 1.3, random);
        }
        return copy;
    }

    private void walk(int t, int from, double start, SplittableRandom random) {
        double drift = 0.002 * (random.nextDouble() - 0.5);
        double vol = 0.01 + 0.02 * random.nextDouble();
        double price = start;
        for (int d = from; d < days.size(); d++) {
            double previous = price;
            price = previous * Math.exp(drift + vol * random.nextGaussian());
            open[t][d] = previous * (1 + 0.3 * vol * random.nextGaussian());
            high[t][d] = Math.max(open[t][d], price) * (1 + vol * random.nextDouble());
            low[t][d] = Math.min(open[t][d], price) * (1 - vol * random.nextDouble());
            close[t][d] = price;
            adjClose[t][d] = price * 0.95;
            volume[t][d] = Math.round(1e5 + 1e6 * random.nextDouble());
        }
    }

    /**
     * Writes the prices with the header {@code date,ticker,open,high,low,close,adj_close,volume}.
     */
    public Path write(Path file) {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream stream =
                        file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
                PrintWriter out =
                        new PrintWriter(
                                new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            out.println("date,ticker,open,high,low,close,adj_close,volume");
            for (int t = 0; t < tickers.length; t++) {
                for (int d = 0; d < days.size(); d++) {
                    out.println(line(t, d));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Empties ticker {@code t}'s rows on days {@code from..to} (inclusive), as vendors do. */
    SyntheticPrices blank(int t, int from, int to) {
        for (int d = from; d <= to; d++) {
            open[t][d] = Double.NaN;
            high[t][d] = Double.NaN;
            low[t][d] = Double.NaN;
            close[t][d] = Double.NaN;
            adjClose[t][d] = Double.NaN;
            volume[t][d] = Double.NaN;
        }
        return this;
    }

    private String line(int t, int d) {
        if (Double.isNaN(close[t][d])) {
            return days.get(d) + "," + tickers[t] + ",,,,,,";
        }
        return days.get(d)
                + ","
                + tickers[t]
                + ","
                + open[t][d]
                + ","
                + high[t][d]
                + ","
                + low[t][d]
                + ","
                + close[t][d]
                + ","
                + adjClose[t][d]
                + ","
                + (long) volume[t][d];
    }

    private static List<LocalDate> weekdays(int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = FIRST_DAY;
        while (days.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
            day = day.plusDays(1);
        }
        return days;
    }

    /** Writes the given lines under a header; for hand-made bad inputs. */
    public static Path writeLines(Path file, String header, String... lines) {
        try {
            List<String> all = new ArrayList<>();
            all.add(header);
            all.addAll(List.of(lines));
            Files.write(file, all, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
