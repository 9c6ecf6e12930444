package dev.dynamos.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Scores predictions era by era with every metric that applies: CORR always, MMC and BMC when a
 * reference model is given, FNC and feature exposure when neutralizer features are given.
 */
public final class EraScoring {

    private EraScoring() {}

    /**
     * What to score: rows grouped by era, the predictions, the target and the optional references.
     *
     * @param eraStart first row of each era plus a final entry equal to the row count
     * @param predictions one prediction per row, NaN where a row has none
     * @param targets one target per row, NaN where unknown
     * @param metaModel meta model prediction per row, NaN where it has none
     * @param benchmark benchmark model prediction per row, NaN where it has none
     * @param neutralizers feature columns (values 0..4, {@code [feature][row]}) for FNC and
     *     exposure
     */
    public record Input(
            int[] eraStart,
            double[] predictions,
            float[] targets,
            Optional<double[]> metaModel,
            Optional<double[]> benchmark,
            Optional<byte[][]> neutralizers) {

        /** Compact constructor: checks that every column has one value per row. */
        public Input {
            int rows = eraStart[eraStart.length - 1];
            checkRows("predictions", predictions.length, rows);
            checkRows("targets", targets.length, rows);
            metaModel.ifPresent(m -> checkRows("metaModel", m.length, rows));
            benchmark.ifPresent(b -> checkRows("benchmark", b.length, rows));
            neutralizers.ifPresent(
                    columns -> {
                        for (byte[] column : columns) {
                            checkRows("neutralizer column", column.length, rows);
                        }
                    });
        }

        private static void checkRows(String name, int length, int rows) {
            if (length != rows) {
                throw new IllegalArgumentException(
                        name + " has " + length + " values, expected one per row: " + rows);
            }
        }
    }

    /**
     * Returns every applicable per-era score.
     *
     * <p>An era where a reference model covers fewer than 80% of the rows gets NaN for that
     * reference's score (Numerai's meta model starts later than the validation data). Rows without
     * a prediction (NaN) drop out of every score; FNC and exposure use only rows with one.
     *
     * @param input what to score
     * @param afterEra called with each era index once it is scored (for progress)
     * @return the per-era scores
     */
    public static EraScores score(Input input, IntConsumer afterEra) {
        Objects.requireNonNull(afterEra, "afterEra");
        int eras = input.eraStart().length - 1;
        double[] corr =
                new CorrScorer(input.targets(), input.eraStart()).corrByEra(input.predictions());
        double[] mmc = input.metaModel().isPresent() ? new double[eras] : null;
        double[] bmc = input.benchmark().isPresent() ? new double[eras] : null;
        double[] fnc = input.neutralizers().isPresent() ? new double[eras] : null;
        double[] exposure = input.neutralizers().isPresent() ? new double[eras] : null;
        for (int e = 0; e < eras; e++) {
            Era era = Era.of(input, e);
            if (mmc != null) {
                mmc[e] = era.contribution(input.metaModel().get());
            }
            if (bmc != null) {
                bmc[e] = era.contribution(input.benchmark().get());
            }
            if (fnc != null) {
                Era present = era.withPredictionsOnly();
                double[][] features = present.features(input.neutralizers().get());
                fnc[e] =
                        FeatureNeutralCorr.featureNeutralCorr(
                                present.predictions, features, present.targets);
                exposure[e] = FeatureExposure.maxExposure(present.predictions, features);
            }
            afterEra.accept(e);
        }
        return new EraScores(
                corr,
                Optional.ofNullable(mmc),
                Optional.ofNullable(bmc),
                Optional.ofNullable(fnc),
                Optional.ofNullable(exposure));
    }

    /** One era's rows (table rows {@code rows}) copied out as doubles. */
    private static final class Era {
        final int[] rows;
        final double[] predictions;
        final double[] targets;

        private Era(int[] rows, double[] predictions, double[] targets) {
            this.rows = rows;
            this.predictions = predictions;
            this.targets = targets;
        }

        static Era of(Input input, int e) {
            int start = input.eraStart()[e];
            int size = input.eraStart()[e + 1] - start;
            int[] rows = new int[size];
            double[] predictions = new double[size];
            double[] targets = new double[size];
            for (int i = 0; i < size; i++) {
                rows[i] = start + i;
                predictions[i] = input.predictions()[start + i];
                targets[i] = input.targets()[start + i];
            }
            return new Era(rows, predictions, targets);
        }

        /** Returns the rows that have a prediction (neutralisation accepts no NaN). */
        Era withPredictionsOnly() {
            int count = 0;
            for (double p : predictions) {
                count += Double.isNaN(p) ? 0 : 1;
            }
            if (count == predictions.length) {
                return this;
            }
            int[] keptRows = new int[count];
            double[] keptPredictions = new double[count];
            double[] keptTargets = new double[count];
            for (int i = 0, k = 0; i < predictions.length; i++) {
                if (!Double.isNaN(predictions[i])) {
                    keptRows[k] = rows[i];
                    keptPredictions[k] = predictions[i];
                    keptTargets[k++] = targets[i];
                }
            }
            return new Era(keptRows, keptPredictions, keptTargets);
        }

        double contribution(double[] referenceColumn) {
            double[] reference = new double[rows.length];
            int present = 0;
            for (int i = 0; i < rows.length; i++) {
                reference[i] = referenceColumn[rows[i]];
                present += Double.isNaN(reference[i]) ? 0 : 1;
            }
            if ((double) present / rows.length < 1.0 - CorrOptions.DEFAULT_MAX_FILTERED_RATIO) {
                return Double.NaN;
            }
            return Contribution.correlationContribution(predictions, reference, targets);
        }

        double[][] features(byte[][] columns) {
            double[][] features = new double[columns.length][rows.length];
            for (int f = 0; f < columns.length; f++) {
                byte[] column = columns[f];
                double[] out = features[f];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = column[rows[i]];
                }
            }
            return features;
        }
    }
}
