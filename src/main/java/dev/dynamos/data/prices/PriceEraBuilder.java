package dev.dynamos.data.prices;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a price history into a Numerai-layout era table.
 *
 * <p>Steps: 1. eras are the last trading day of each ISO week, numbered 1..N by date; 2. each era's
 * rows are the tickers that traded on its date; 3. every {@link PriceFeature} is computed from
 * history up to that date and binned per era into 0..4 (NaN, for too little history, becomes 2); 4.
 * {@code target} ranks the forward return over the horizon minus the era mean into five levels,
 * {@code target_60} does the same over 60 days, {@code target_raw_<horizon>} keeps the raw forward
 * return; 5. eras are split by date (see {@link EraSplit}); train and validation rows whose main
 * target is unknown are left out.
 *
 * <p>Ids are {@code <ticker>_<era as four digits>}, for example {@code AAPL_0123}: stable across
 * runs, and unlike Numerai's ids they let a stock be followed across eras.
 *
 * <p>The embargo counts eras for the main horizon; {@code target_60} looks about 12 eras ahead, so
 * training on it needs an embargo of 12 or more. Known shortcoming: the universe is whatever
 * tickers the file holds, so a file of one date's index members (such as the S&P 500 of late 2017)
 * carries survivorship bias into every era, and nothing here can remove it.
 */
public final class PriceEraBuilder {

    /** Name of the main target column. */
    public static final String TARGET = "target";

    private static final Logger LOG = LoggerFactory.getLogger(PriceEraBuilder.class);

    private PriceEraBuilder() {}

    /**
     * Builds the era table and its era list.
     *
     * @param history daily prices
     * @param options horizon, validation start and embargo
     * @return the table, the eras with their roles and the missing-value counts
     */
    public static PriceConversion build(PriceHistory history, PriceConversionOptions options) {
        TickerSeries[] tickers = tickerSeries(history);
        int[] eraDays = WeeklyEras.eraDays(history);
        LocalDate[] eraDates = new LocalDate[eraDays.length];
        for (int e = 0; e < eraDays.length; e++) {
            eraDates[e] = history.day(eraDays[e]);
        }
        int resolved = resolvedEras(eraDays, history.dayCount(), options.horizon());
        EraRole[] roles =
                EraSplit.assign(eraDates, resolved, options.validationFrom(), options.embargo());
        EraRows rows = EraRows.of(tickers, eraDays, roles);

        boolean[][] missing = new boolean[PriceFeature.values().length][rows.rows()];
        byte[][] bins = binnedFeatures(rows, tickers, missing);
        List<String> targetNames = targetNames(options.horizon());
        float[][] targets = targets(rows, tickers, history.dayCount(), options.horizon());

        int[] kept = keptRows(rows, roles, targets[0]);
        PriceConversion conversion =
                assemble(history, rows, kept, roles, eraDates, bins, targetNames, targets);
        return withMissing(conversion, missingByFeature(kept, missing));
    }

    private static TickerSeries[] tickerSeries(PriceHistory history) {
        TickerSeries[] tickers = new TickerSeries[history.tickerCount()];
        for (int t = 0; t < tickers.length; t++) {
            tickers[t] = new TickerSeries(history, t);
        }
        MarketSeries market = MarketSeries.of(tickers, history.dayCount());
        for (TickerSeries ticker : tickers) {
            ticker.attach(market);
        }
        return tickers;
    }

    private static int resolvedEras(int[] eraDays, int dayCount, int horizon) {
        int resolved = 0;
        while (resolved < eraDays.length && eraDays[resolved] + horizon < dayCount) {
            resolved++;
        }
        return resolved;
    }

    private static byte[][] binnedFeatures(
            EraRows rows, TickerSeries[] tickers, boolean[][] missing) {
        PriceFeature[] features = PriceFeature.values();
        byte[][] bins = new byte[features.length][rows.rows()];
        double[] raw = new double[rows.rows()];
        for (int f = 0; f < features.length; f++) {
            for (int r = 0; r < raw.length; r++) {
                double value = features[f].at(tickers[rows.tickerOfRow[r]], rows.dayOfRow[r]);
                // Infinite ratios (a zero denominator) carry no order worth keeping.
                raw[r] = Double.isInfinite(value) ? Double.NaN : value;
                missing[f][r] = Double.isNaN(raw[r]);
            }
            for (int e = 0; e < rows.eraCount(); e++) {
                EraRanks.binFive(raw, rows.eraStart[e], rows.eraStart[e + 1], bins[f]);
            }
        }
        return bins;
    }

    private static List<String> targetNames(int horizon) {
        return List.of(
                TARGET, "target_" + PriceConversionOptions.AUX_HORIZON, "target_raw_" + horizon);
    }

    private static float[][] targets(
            EraRows rows, TickerSeries[] tickers, int dayCount, int horizon) {
        double[] forward = PriceTargets.forwardReturns(rows, tickers, dayCount, horizon);
        double[] forwardAux =
                PriceTargets.forwardReturns(
                        rows, tickers, dayCount, PriceConversionOptions.AUX_HORIZON);
        return new float[][] {
            PriceTargets.rankedExcess(rows, forward),
            PriceTargets.rankedExcess(rows, forwardAux),
            PriceTargets.asFloats(forward)
        };
    }

    private static int[] keptRows(EraRows rows, EraRole[] roles, float[] target) {
        int[] kept = new int[rows.rows()];
        int count = 0;
        for (int r = 0; r < rows.rows(); r++) {
            EraRole role = roles[rows.eraOfRow[r]];
            boolean needsTarget = role == EraRole.TRAIN || role == EraRole.VALIDATION;
            if (!needsTarget || !Float.isNaN(target[r])) {
                kept[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    private static PriceConversion assemble(
            PriceHistory history,
            EraRows rows,
            int[] kept,
            EraRole[] roles,
            LocalDate[] eraDates,
            byte[][] bins,
            List<String> targetNames,
            float[][] targets) {
        String[] ids = new String[kept.length];
        int[] eraOfRow = new int[kept.length];
        DataType[] types = new DataType[kept.length];
        int[] rowsPerEra = new int[eraDates.length];
        for (int i = 0; i < kept.length; i++) {
            int e = rows.eraOfRow[kept[i]];
            eraOfRow[i] = e + 1;
            ids[i] =
                    history.ticker(rows.tickerOfRow[kept[i]]) + "_" + NumeraiWriter.eraLabel(e + 1);
            types[i] = roles[e].dataType().orElseThrow();
            rowsPerEra[e]++;
        }
        EraTable table =
                new EraTable(
                        ids,
                        eraOfRow,
                        types,
                        PriceFeature.columnNames(),
                        select(bins, kept),
                        targetNames,
                        select(targets, kept),
                        PriceFeature.featureSets());
        List<EraSummary> eras = new ArrayList<>();
        for (int e = 0; e < eraDates.length; e++) {
            eras.add(new EraSummary(e + 1, eraDates[e], roles[e], rowsPerEra[e]));
        }
        return new PriceConversion(table, eras, Map.of(), rows.rows() - kept.length);
    }

    private static Map<String, Integer> missingByFeature(int[] kept, boolean[][] missing) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        PriceFeature[] features = PriceFeature.values();
        for (int f = 0; f < features.length; f++) {
            int count = 0;
            for (int r : kept) {
                count += missing[f][r] ? 1 : 0;
            }
            counts.put(features[f].columnName(), count);
        }
        return counts;
    }

    private static PriceConversion withMissing(PriceConversion base, Map<String, Integer> missing) {
        long total = 0;
        for (int count : missing.values()) {
            total += count;
        }
        LOG.info(
                "{} of {} feature values had too little history (NaN, stored as {}); most: {}",
                total,
                (long) base.table().rows() * missing.size(),
                EraRanks.MISSING_BIN,
                mostMissing(missing));
        return new PriceConversion(base.table(), base.eras(), missing, base.rowsWithoutTarget());
    }

    private static String mostMissing(Map<String, Integer> missing) {
        return missing.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }

    private static byte[][] select(byte[][] columns, int[] kept) {
        byte[][] selected = new byte[columns.length][kept.length];
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0; i < kept.length; i++) {
                selected[c][i] = columns[c][kept[i]];
            }
        }
        return selected;
    }

    private static float[][] select(float[][] columns, int[] kept) {
        float[][] selected = new float[columns.length][kept.length];
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0; i < kept.length; i++) {
                selected[c][i] = columns[c][kept[i]];
            }
        }
        return selected;
    }
}
