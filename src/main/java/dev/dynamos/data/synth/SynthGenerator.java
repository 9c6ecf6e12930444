package dev.dynamos.data.synth;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates a synthetic Numerai version with a hidden regime behind the target.
 *
 * <p>The generator, seeded once from {@link SynthOptions#seed()}:
 *
 * <ol>
 *   <li>names the features and groups and draws the feature sets ({@link FeatureLayout});
 *   <li>draws each regime's target function and the Markov chain of regimes over eras ({@link
 *       RegimeDraw});
 *   <li>for every era that holds rows: draws one latent factor per group and row, makes each
 *       feature {@code sqrt(c) * factor + sqrt(1 - c) * noise} with {@code c =} {@link
 *       #GROUP_CORRELATION}, and bins it into 0..4 by rank within the era;
 *   <li>computes the era's regime signal from the binned features (scaled to unit variance), adds
 *       Gaussian noise of standard deviation {@link SynthOptions#noise()} and ranks it into the
 *       main target's five levels; {@link #AUX_20} is the same signal with other noise, and {@link
 *       #AUX_60} adds to it two more 20-day windows driven by the regimes 4 and 8 eras later;
 *   <li>sets one feature to 2 in a few eras, after the targets are computed, as Numerai does for a
 *       feature missing from an era.
 * </ol>
 *
 * <p>The main target is given in every train and validation era (Numerai marks its newest
 * validation rows without targets as {@code test}; this generator has no test rows). The auxiliary
 * targets are NaN where their window is not complete ({@link EraLayout#targetKnown}); the live era
 * has no targets.
 *
 * <p>The same options give the same table, row for row.
 */
public final class SynthGenerator {

    /** The main target's name. */
    public static final String MAIN_TARGET = "target";

    /** A 20-day auxiliary target: the main target's signal with other noise. */
    public static final String AUX_20 = "target_aux_20";

    /** A 60-day auxiliary target: three consecutive 20-day windows added up. */
    public static final String AUX_60 = "target_aux_60";

    /** Target columns in file order. */
    public static final List<String> TARGET_NAMES = List.of(MAIN_TARGET, AUX_20, AUX_60);

    /** Look-ahead of a 20-day target in weekly eras. */
    public static final int HORIZON_20 = 4;

    /** Look-ahead of a 60-day target in weekly eras. */
    public static final int HORIZON_60 = 12;

    /** Share of a feature's variance that comes from its group's latent factor. */
    public static final double GROUP_CORRELATION = 0.3;

    /** One era with a missing feature per this many eras (at least one). */
    public static final int ERAS_PER_MISSING_FEATURE = 100;

    /** Numerai's value for a feature missing from an era. */
    public static final byte MISSING_VALUE = 2;

    private static final int HEX_DIGITS = 15;

    private static final ThreadLocal<double[]> SCRATCH =
            ThreadLocal.withInitial(() -> new double[0]);

    private static final ThreadLocal<long[]> SORT_KEYS = ThreadLocal.withInitial(() -> new long[0]);

    private final SynthOptions options;
    private final EraLayout layout;
    private final SplittableRandom rng;
    private final int n;
    private FeatureLayout featureLayout;
    private List<Regime> regimes;
    private int[] chain;
    private int[] missingFeatureOfEra;
    private String[] ids;
    private int[] eraOfRow;
    private DataType[] dataTypes;
    private byte[][] columns;
    private float[][] targets;
    private final Set<String> usedIds = new HashSet<>();
    private final double[][] groupFactors;
    private final double[][] latentFeatures;
    private final double[] values;
    private final double[] signal;
    private final double[] window;
    private final long[] keys;

    private SynthGenerator(SynthOptions options) {
        this.options = options;
        this.layout = options.layout();
        this.rng = new SplittableRandom(options.seed());
        this.n = options.rowsPerEra();
        this.groupFactors = new double[options.groups()][n];
        this.latentFeatures = new double[options.features()][n];
        this.values = new double[n];
        this.signal = new double[n];
        this.window = new double[n];
        this.keys = new long[n];
    }

    /**
     * Generates the train, validation and live rows and the truth for the given options.
     *
     * @param options the generator's settings
     * @return the rows, sorted by era, with the truth behind them
     */
    public static SyntheticData generate(SynthOptions options) {
        return new SynthGenerator(options).run();
    }

    private SyntheticData run() {
        featureLayout = FeatureLayout.draw(options.features(), options.groups(), rng);
        regimes = RegimeDraw.drawRegimes(options.regimes(), options.features(), rng);
        chain = RegimeDraw.drawChain(layout.liveEra(), options.regimes(), rng);
        missingFeatureOfEra = drawMissingFeatures();
        allocate();

        int[] presentEras = layout.presentEraNumbers();
        for (int i = 0; i < presentEras.length; i++) {
            generateEra(presentEras[i], i * n);
        }

        EraTable table =
                new EraTable(
                        ids,
                        eraOfRow,
                        dataTypes,
                        featureLayout.names(),
                        columns,
                        TARGET_NAMES,
                        targets,
                        featureLayout.featureSets());
        return new SyntheticData(table, truth(), regimes, featureLayout);
    }

    private void allocate() {
        int rows = Math.multiplyExact(layout.presentEras(), n);
        ids = new String[rows];
        eraOfRow = new int[rows];
        dataTypes = new DataType[rows];
        columns = new byte[options.features()][rows];
        targets = new float[TARGET_NAMES.size()][rows];
    }

    private int[] drawMissingFeatures() {
        int[] missing = new int[layout.liveEra() + 1];
        Arrays.fill(missing, -1);
        int wanted = Math.max(1, options.eras() / ERAS_PER_MISSING_FEATURE);
        int placed = 0;
        while (placed < wanted) {
            int era = 1 + rng.nextInt(layout.lastValidationEra());
            if (layout.dataTypeOf(era).isPresent() && missing[era] < 0) {
                missing[era] = rng.nextInt(options.features());
                placed++;
            }
        }
        return missing;
    }

    private void generateEra(int era, int start) {
        DataType type = layout.dataTypeOf(era).orElseThrow();
        for (int r = start; r < start + n; r++) {
            ids[r] = newId();
            eraOfRow[r] = era;
            dataTypes[r] = type;
        }

        generateFeatures(start);

        if (type == DataType.LIVE) {
            for (float[] target : targets) {
                Arrays.fill(target, start, start + n, Float.NaN);
            }
        } else {
            generateTargets(era, start);
        }

        if (missingFeatureOfEra[era] >= 0) {
            Arrays.fill(columns[missingFeatureOfEra[era]], start, start + n, MISSING_VALUE);
        }
    }

    private void generateFeatures(int start) {
        for (double[] factor : groupFactors) {
            for (int r = 0; r < n; r++) {
                factor[r] = rng.nextGaussian();
            }
        }
        double shared = Math.sqrt(GROUP_CORRELATION);
        double own = Math.sqrt(1 - GROUP_CORRELATION);
        int[] groupOf = featureLayout.groupOfFeature();
        for (int f = 0; f < columns.length; f++) {
            double[] factor = groupFactors[groupOf[f]];
            double[] latent = latentFeatures[f];
            for (int r = 0; r < n; r++) {
                latent[r] = shared * factor[r] + own * rng.nextGaussian();
            }
        }

        // Binning draws no random numbers, so columns can be binned in parallel.
        IntStream.range(0, columns.length).parallel().forEach(f -> binColumn(f, start));
    }

    private void binColumn(int f, int start) {
        double[] scratch = SCRATCH.get();
        long[] sortKeys = SORT_KEYS.get();
        if (scratch.length < n) {
            scratch = new double[n];
            sortKeys = new long[n];
            SCRATCH.set(scratch);
            SORT_KEYS.set(sortKeys);
        }
        EraRanking.binEqualFrequency(latentFeatures[f], n, scratch, sortKeys, columns[f], start);
    }

    private void generateTargets(int era, int start) {
        regimeSignal(chain[era - 1], start, signal);
        addNoise(signal, values);
        EraRanking.rankTargetLevels(values, n, keys, targets[0], start);

        addNoise(signal, window);
        rankOrNaN(layout.targetKnown(era, HORIZON_20), window, targets[1], start);

        boolean known60 = layout.targetKnown(era, HORIZON_60);
        if (known60) {
            for (int later = HORIZON_20; later < HORIZON_60; later += HORIZON_20) {
                regimeSignal(chain[era + later - 1], start, signal);
                for (int r = 0; r < n; r++) {
                    window[r] += signal[r] + options.noise() * rng.nextGaussian();
                }
            }
        }
        rankOrNaN(known60, window, targets[2], start);
    }

    private void regimeSignal(int regime, int start, double[] out) {
        Arrays.fill(out, 0.0);
        Regime drawn = regimes.get(regime);
        drawn.addSignal(columns, start, start + n, 1.0 / drawn.nominalSignalSd(), out);
    }

    private void addNoise(double[] source, double[] out) {
        for (int r = 0; r < n; r++) {
            out[r] = source[r] + options.noise() * rng.nextGaussian();
        }
    }

    private void rankOrNaN(boolean known, double[] raw, float[] target, int start) {
        if (known) {
            EraRanking.rankTargetLevels(raw, n, keys, target, start);
        } else {
            Arrays.fill(target, start, start + n, Float.NaN);
        }
    }

    private String newId() {
        while (true) {
            String hex = Long.toHexString(rng.nextLong() >>> (64 - 4 * HEX_DIGITS));
            String id = "n" + "0".repeat(HEX_DIGITS - hex.length()) + hex;
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    private SynthTruth truth() {
        List<String> names = featureLayout.names();
        List<SynthTruth.RegimeTruth> regimeTruths = new ArrayList<>();
        for (Regime regime : regimes) {
            regimeTruths.add(regimeTruth(regime, names));
        }
        Map<String, Integer> eraRegimes = new LinkedHashMap<>();
        for (int era = 1; era <= layout.liveEra(); era++) {
            eraRegimes.put(SynthTruth.eraLabel(era), chain[era - 1]);
        }
        List<SynthTruth.MissingFeature> missing = new ArrayList<>();
        for (int era = 1; era < missingFeatureOfEra.length; era++) {
            if (missingFeatureOfEra[era] >= 0) {
                missing.add(
                        new SynthTruth.MissingFeature(
                                SynthTruth.eraLabel(era), names.get(missingFeatureOfEra[era])));
            }
        }
        Map<String, Integer> horizons =
                Map.of(MAIN_TARGET, HORIZON_20, AUX_20, HORIZON_20, AUX_60, HORIZON_60);
        return new SynthTruth(
                options.seed(),
                options,
                RegimeDraw.STAY_PROBABILITY,
                GROUP_CORRELATION,
                layout,
                layout.liveEra(),
                horizons,
                regimeTruths,
                eraRegimes,
                missing);
    }

    private static SynthTruth.RegimeTruth regimeTruth(Regime regime, List<String> names) {
        List<SynthTruth.TermTruth> terms = new ArrayList<>();
        for (SignalTerm term : regime.terms()) {
            List<String> features =
                    term.partner() >= 0
                            ? List.of(names.get(term.feature()), names.get(term.partner()))
                            : List.of(names.get(term.feature()));
            terms.add(
                    new SynthTruth.TermTruth(
                            term.shape().label(), features, term.sign(), term.weight()));
        }
        List<String> informative = new ArrayList<>();
        for (int f : regime.informativeFeatures()) {
            informative.add(names.get(f));
        }
        return new SynthTruth.RegimeTruth(regime.index(), informative, terms);
    }
}
