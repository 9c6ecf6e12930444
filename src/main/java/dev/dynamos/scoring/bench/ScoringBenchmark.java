package dev.dynamos.scoring.bench;

import dev.dynamos.scoring.CorrScorer;
import dev.dynamos.scoring.EraScores;
import dev.dynamos.scoring.EraScoring;
import dev.dynamos.scoring.NumeraiCorr;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every per-era metric (CORR, MMC, FNC, feature exposure) on synthetic eras with dynamos and
 * with {@link PlainScoring} in the same run, checks that both give the same numbers, and times
 * repeated CORR calls on one era.
 */
public final class ScoringBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringBenchmark.class);

    /** Eras scored by each side before timing, so that both run compiled code. */
    private static final int WARM_UP_ERAS = 3;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScoringBenchmark() {}

    /**
     * What to generate and how many CORR calls to time.
     *
     * @param rows rows in all, split evenly over the eras
     * @param eras number of eras
     * @param features neutralizer feature columns (values 0..4)
     * @param corrCalls timed CORR calls on one era
     * @param seed seed of the synthetic data
     */
    public record Options(int rows, int eras, int features, int corrCalls, long seed) {

        /** Compact constructor: rejects sizes that leave an era too small to score. */
        public Options {
            if (eras < 1 || rows / Math.max(eras, 1) < 10) {
                throw new IllegalArgumentException(
                        "need at least 1 era of at least 10 rows, got rows="
                                + rows
                                + " eras="
                                + eras);
            }
            if (features < 1 || corrCalls < 1) {
                throw new IllegalArgumentException(
                        "features and corrCalls must be >= 1, got "
                                + features
                                + " and "
                                + corrCalls);
            }
        }
    }

    /**
     * Timings and the largest differences between the two implementations.
     *
     * @param rowsPerEra rows in each era
     * @param dynamosSeconds wall time of all metrics over all eras with dynamos
     * @param dynamosCpuSeconds CPU time of this thread for the same (all scoring is
     *     single-threaded)
     * @param plainSeconds the same with the plain reference
     * @param plainCpuSeconds CPU time of this thread for the plain reference
     * @param maxDifference largest absolute per-era difference for corr, mmc, fnc, exposure
     * @param corrScorerMicros wall-clock microseconds per {@link CorrScorer} call on one era
     * @param corrScorerCpuMicros CPU microseconds of this thread per {@link CorrScorer} call, which
     *     other processes on the machine do not inflate
     * @param numeraiCorrMicros microseconds per {@link NumeraiCorr#numeraiCorr} call on one era
     * @param plainCorrMicros microseconds per plain CORR call on one era
     */
    public record Result(
            int rowsPerEra,
            double dynamosSeconds,
            double dynamosCpuSeconds,
            double plainSeconds,
            double plainCpuSeconds,
            double[] maxDifference,
            double corrScorerMicros,
            double corrScorerCpuMicros,
            double numeraiCorrMicros,
            double plainCorrMicros) {}

    /**
     * Runs the benchmark.
     *
     * @param options sizes and seed
     * @return timings and differences
     */
    public static Result run(Options options) {
        SyntheticEras data = SyntheticEras.generate(options);
        LOG.info(
                "generated {} rows in {} eras with {} features (seed {})",
                data.rows(),
                options.eras(),
                options.features(),
                options.seed());
        EraScoring.score(data.input(WARM_UP_ERAS), era -> {});
        long started = System.nanoTime();
        long startedCpu = THREADS.getCurrentThreadCpuTime();
        EraScores ours = EraScoring.score(data.input(options.eras()), era -> {});
        double dynamosSeconds = (System.nanoTime() - started) / 1e9;
        double dynamosCpu = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        LOG.info("dynamos scored every era in {} s", dynamosSeconds);

        plainScores(data, WARM_UP_ERAS);
        started = System.nanoTime();
        startedCpu = THREADS.getCurrentThreadCpuTime();
        double[][] plain = plainScores(data, options.eras());
        double plainSeconds = (System.nanoTime() - started) / 1e9;
        double plainCpu = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        LOG.info("plain reference scored every era in {} s", plainSeconds);

        double[] difference = {
            maxDifference(ours.corr(), plain[0]),
            maxDifference(ours.mmc().orElseThrow(), plain[1]),
            maxDifference(ours.fnc().orElseThrow(), plain[2]),
            maxDifference(ours.maxFeatureExposure().orElseThrow(), plain[3])
        };
        CorrTimes corr = timeCorrCalls(data, options.corrCalls());
        return new Result(
                data.rowsPerEra(),
                dynamosSeconds,
                dynamosCpu,
                plainSeconds,
                plainCpu,
                difference,
                corr.scorer,
                corr.scorerCpu,
                corr.numeraiCorr,
                corr.plain);
    }

    private static double[][] plainScores(SyntheticEras data, int eras) {
        double[][] scores = new double[4][eras];
        for (int e = 0; e < eras; e++) {
            List<Double> predictions = data.boxed(data.predictions, e);
            List<Double> targets = data.boxedTargets(e);
            List<List<Double>> features = new ArrayList<>();
            for (byte[] column : data.features) {
                features.add(data.boxed(column, e));
            }
            scores[0][e] = PlainScoring.corr(predictions, targets);
            scores[1][e] = PlainScoring.mmc(predictions, data.boxed(data.metaModel, e), targets);
            scores[2][e] = PlainScoring.fnc(predictions, features, targets);
            scores[3][e] = PlainScoring.maxExposure(predictions, features);
        }
        return scores;
    }

    private record CorrTimes(double scorer, double scorerCpu, double numeraiCorr, double plain) {}

    private static CorrTimes timeCorrCalls(SyntheticEras data, int calls) {
        int size = data.rowsPerEra();
        CorrScorer scorer = new CorrScorer(Arrays.copyOf(data.targets, size), new int[] {0, size});
        float[][] variants = data.eraVariants(16);
        double sink = 0;
        for (int i = 0; i < Math.min(calls, 500); i++) {
            sink += scorer.corr(0, variants[i % variants.length]);
        }
        long started = System.nanoTime();
        long startedCpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            sink += scorer.corr(0, variants[i % variants.length]);
        }
        double scorerMicros = (System.nanoTime() - started) / 1e3 / calls;
        double scorerCpuMicros = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e3 / calls;

        double[][] doubles = new double[variants.length][];
        for (int v = 0; v < variants.length; v++) {
            doubles[v] = toDouble(variants[v]);
        }
        double[] eraTargets = toDouble(data.targets, size);
        int slowCalls = Math.max(1, calls / 10);
        started = System.nanoTime();
        for (int i = 0; i < slowCalls; i++) {
            sink += NumeraiCorr.numeraiCorr(doubles[i % doubles.length], eraTargets);
        }
        double numeraiMicros = (System.nanoTime() - started) / 1e3 / slowCalls;

        List<Double> boxedTargets = data.boxedTargets(0);
        started = System.nanoTime();
        for (int i = 0; i < slowCalls; i++) {
            sink += PlainScoring.corr(boxedList(doubles[i % doubles.length]), boxedTargets);
        }
        double plainMicros = (System.nanoTime() - started) / 1e3 / slowCalls;
        LOG.debug("checksum of timed CORR calls: {}", sink);
        return new CorrTimes(scorerMicros, scorerCpuMicros, numeraiMicros, plainMicros);
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double[] toDouble(float[] values) {
        return toDouble(values, values.length);
    }

    private static double[] toDouble(float[] values, int count) {
        double[] result = new double[count];
        for (int i = 0; i < count; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static List<Double> boxedList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /** Synthetic eras: byte features, a five-bin target driven by two features, predictions. */
    static final class SyntheticEras {
        final int[] eraStart;
        final byte[][] features;
        final float[] targets;
        final float[] predictions;
        final float[] metaModel;
        private final Random random;

        private SyntheticEras(int rows, int eras, int featureCount, Random random) {
            this.random = random;
            int perEra = rows / eras;
            eraStart = new int[eras + 1];
            for (int e = 0; e <= eras; e++) {
                eraStart[e] = e * perEra;
            }
            int total = perEra * eras;
            features = new byte[featureCount][total];
            targets = new float[total];
            predictions = new float[total];
            metaModel = new float[total];
        }

        static SyntheticEras generate(Options options) {
            Random random = new Random(options.seed());
            SyntheticEras data =
                    new SyntheticEras(options.rows(), options.eras(), options.features(), random);
            data.fill();
            return data;
        }

        private void fill() {
            for (int r = 0; r < targets.length; r++) {
                for (byte[] column : features) {
                    column[r] = (byte) random.nextInt(5);
                }
                double signal = features[0][r] - features[1][r] + 2 * random.nextGaussian();
                int bin = (int) Math.max(0, Math.min(4, Math.round(2 + signal / 2)));
                targets[r] = bin / 4f;
                // Predictions take three decimals, so ties occur as in real submissions.
                predictions[r] =
                        Math.round(1000 * sigmoid(signal / 3 + random.nextGaussian())) / 1e3f;
                metaModel[r] = (float) sigmoid(signal / 3 + random.nextGaussian());
            }
        }

        private static double sigmoid(double x) {
            return 1 / (1 + Math.exp(-x));
        }

        int rows() {
            return targets.length;
        }

        int rowsPerEra() {
            return eraStart[1];
        }

        EraScoring.Input input(int eras) {
            int rows = eraStart[eras];
            int[] starts = Arrays.copyOf(eraStart, eras + 1);
            byte[][] columns = new byte[features.length][];
            for (int f = 0; f < columns.length; f++) {
                columns[f] = Arrays.copyOf(features[f], rows);
            }
            return new EraScoring.Input(
                    starts,
                    toDouble(predictions, rows),
                    Arrays.copyOf(targets, rows),
                    Optional.of(toDouble(metaModel, rows)),
                    Optional.empty(),
                    Optional.of(columns));
        }

        List<Double> boxed(float[] values, int era) {
            List<Double> list = new ArrayList<>();
            for (int r = eraStart[era]; r < eraStart[era + 1]; r++) {
                list.add((double) values[r]);
            }
            return list;
        }

        List<Double> boxed(byte[] values, int era) {
            List<Double> list = new ArrayList<>();
            for (int r = eraStart[era]; r < eraStart[era + 1]; r++) {
                list.add((double) values[r]);
            }
            return list;
        }

        List<Double> boxedTargets(int era) {
            return boxed(targets, era);
        }

        /** Returns perturbed copies of era 0's predictions, one per timed call pattern. */
        float[][] eraVariants(int count) {
            float[][] variants = new float[count][rowsPerEra()];
            for (float[] variant : variants) {
                for (int i = 0; i < variant.length; i++) {
                    variant[i] = predictions[i] + (float) (0.01 * random.nextGaussian());
                }
            }
            return variants;
        }
    }
}
