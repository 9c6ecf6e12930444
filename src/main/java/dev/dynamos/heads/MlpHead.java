package dev.dynamos.heads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A multilayer perceptron head built with ND4J's SameDiff: dense layers, Adam, mean squared error
 * on the target, early stopping on the mean per-era CORR of held-out eras.
 *
 * <p>Inputs are feature values 0..4 scaled to [-1, 1] by {@code (v - 2) / 2}, so a feature dropped
 * by an era mask (which reads as 2) enters the network as exactly 0 and moves no activation.
 * Besides {@link #fit}, the head can be trained incrementally for joint training with a
 * feature-selection policy: {@link #fitEpochs} continues from the current weights on a slice whose
 * per-era masks may change between calls, and {@link #trainStep} takes one Adam step on a
 * caller-built batch that may carry a replay term.
 *
 * <p>All randomness (initial weights, batch order, dropout) comes from one generator seeded with
 * {@link MlpParams#seed()}, so equal seeds, data and parameters give equal predictions.
 *
 * <p>Known shortcoming: training holds the slice as a dense float matrix (4 bytes per feature
 * value), so a full Numerai feature set over all training eras needs several gigabytes; fit on a
 * feature subset or fewer eras.
 */
public final class MlpHead implements Head {

    private static final Logger LOG = LoggerFactory.getLogger(MlpHead.class);

    private final MlpParams params;
    private SplittableRandom random;
    private MlpNetwork network;
    private String[] featureNames;
    private String targetName;
    private int epochsTrained;
    private double[] earlyStoppingCorr = new double[0];

    /**
     * Creates an unfitted head and sets ND4J's thread count to {@code params.threads()} (a
     * process-wide setting).
     *
     * @param params hyperparameters
     */
    public MlpHead(MlpParams params) {
        this.params = Objects.requireNonNull(params, "params");
        Nd4j.getEnvironment().setMaxMasterThreads(params.threads());
        Nd4j.getEnvironment().setMaxThreads(params.threads());
    }

    /**
     * Loads a head saved by {@link #save}.
     *
     * @param file the saved model
     * @return a fitted head that predicts exactly as the saved one did
     */
    public static MlpHead load(Path file) {
        MlpModelFile model = MlpModelFile.read(file);
        MlpHead head = new MlpHead(model.params());
        head.start(model.features().toArray(String[]::new), model.target());
        head.network.setParameters(model.parameterArrays());
        head.epochsTrained = model.epochsTrained();
        return head;
    }

    /** Returns the hyperparameters. */
    public MlpParams params() {
        return params;
    }

    /**
     * Fits from freshly drawn weights; with early-stopping eras, keeps the weights of the epoch
     * with the best mean per-era CORR and stops after {@code patience} epochs without a better one.
     */
    @Override
    public void fit(EraSlice train, String target, Optional<EraSlice> earlyStopping) {
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        start(train.featureNames(), target);
        MlpTrainingRows rows = MlpTrainingRows.of(train, target);
        Optional<MlpEvaluation> evaluation = earlyStopping.map(s -> MlpEvaluation.of(s, target));
        if (evaluation.isEmpty()) {
            for (int epoch = 0; epoch < params.epochs(); epoch++) {
                runEpoch(rows);
            }
            return;
        }
        fitWithEarlyStopping(rows, evaluation.get());
    }

    private void fitWithEarlyStopping(MlpTrainingRows rows, MlpEvaluation evaluation) {
        double[] history = new double[params.epochs()];
        double best = Double.NEGATIVE_INFINITY;
        float[][] bestParameters = network.parameters();
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < params.epochs() && epoch - bestEpoch < params.patience()) {
            runEpoch(rows);
            history[epoch] = evaluation.meanEraCorr(network);
            if (history[epoch] > best) {
                best = history[epoch];
                bestEpoch = epoch;
                bestParameters = network.parameters();
            }
            epoch++;
        }
        network.setParameters(bestParameters);
        earlyStoppingCorr = Arrays.copyOf(history, epoch);
        LOG.info(
                "mlp stopped after {} epochs, best early-stopping corr {} at epoch {}",
                epoch,
                String.format("%.5f", best),
                bestEpoch + 1);
    }

    /**
     * Trains for more epochs from the current weights (fresh weights when the head is unfitted),
     * without early stopping. The slice's era masks may differ from call to call, which is how a
     * feature-selection policy and this head train together.
     *
     * @param train rows, features and optional era masks; same feature columns on every call
     * @param target target column name
     * @param epochs passes over the rows, at least 1
     */
    public void fitEpochs(EraSlice train, String target, int epochs) {
        fitEpochsInTurn(List.of(train), target, epochs);
    }

    /**
     * Trains for more epochs over several views of rows, as {@link #fitEpochs} does for one: each
     * epoch passes over every view in turn (for example one era under each of several masks). The
     * rows of each view are prepared once for all epochs.
     *
     * @param views rows, features and optional era masks; same feature columns in every view
     * @param target target column name
     * @param epochs passes over all views, at least 1
     */
    public void fitEpochsInTurn(List<EraSlice> views, String target, int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (views.isEmpty()) {
            throw new IllegalArgumentException("need at least one view of rows to train on");
        }
        List<MlpTrainingRows> rows = new ArrayList<>(views.size());
        for (EraSlice view : views) {
            if (network == null) {
                start(view.featureNames(), target);
            } else {
                checkFeatures(view);
                checkTarget(target);
            }
            rows.add(MlpTrainingRows.of(view, target));
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (MlpTrainingRows view : rows) {
                runEpoch(view);
            }
        }
    }

    /**
     * Takes one Adam step on a batch built by the caller, from the current weights.
     *
     * @param batch scaled inputs over the fitted feature columns, target and optional replay term
     * @return the batch loss before the step
     * @throws IllegalStateException when the head was never fitted or loaded
     */
    public double trainStep(MlpBatch batch) {
        requireFitted();
        checkColumns(batch.inputs().length / batch.rows());
        return network.trainStep(batch, random);
    }

    private void start(String[] features, String target) {
        featureNames = features.clone();
        targetName = Objects.requireNonNull(target, "target");
        random = new SplittableRandom(params.seed());
        network = new MlpNetwork(features.length, params, random);
        epochsTrained = 0;
        earlyStoppingCorr = new double[0];
    }

    private void runEpoch(MlpTrainingRows rows) {
        double loss = rows.trainEpoch(network, params.batchSize(), random);
        epochsTrained++;
        LOG.debug("mlp epoch {} mean batch loss {}", epochsTrained, loss);
    }

    @Override
    public float[] predict(EraSlice slice) {
        requireFitted();
        checkFeatures(slice);
        return network.predict(scaledInputs(slice));
    }

    /**
     * Predicts rows given as scaled inputs over the fitted feature columns.
     *
     * @param inputs row-major scaled inputs, a whole number of rows
     * @return one prediction per row
     */
    public float[] predictScaled(float[] inputs) {
        requireFitted();
        if (inputs.length % featureNames.length != 0) {
            throw new IllegalArgumentException(
                    "inputs has "
                            + inputs.length
                            + " values, not a multiple of "
                            + featureNames.length
                            + " columns");
        }
        return network.predict(inputs);
    }

    /**
     * Returns the slice's rows as row-major network inputs: feature value v in 0..4 becomes {@code
     * (v - 2) / 2}, so masked features read as 0.
     *
     * @param slice rows, features and optional era masks
     * @return rows times features values in [-1, 1]
     */
    public static float[] scaledInputs(EraSlice slice) {
        float[] values = slice.denseRowMajor();
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - 2f) * 0.5f;
        }
        return values;
    }

    /**
     * Saves the head as JSON: a header (format, target, features, parameters, layer widths) and
     * every weight matrix row-major with its bias, written atomically.
     */
    @Override
    public void save(Path file) {
        requireFitted();
        MlpModelFile.of(this).write(file);
    }

    /**
     * Returns, per feature, the mean absolute weight of the first layer over its hidden units. It
     * measures how strongly the network reads a feature, not the gain a booster reports.
     */
    @Override
    public Map<String, Double> featureImportance() {
        requireFitted();
        double[] weights = network.meanAbsoluteInputWeights();
        Map<String, Double> importance = new LinkedHashMap<>();
        for (int j = 0; j < featureNames.length; j++) {
            importance.put(featureNames[j], weights[j]);
        }
        return importance;
    }

    /** Returns the number of epochs run since the last fresh start (including stopped ones). */
    public int epochsTrained() {
        return epochsTrained;
    }

    /** Returns the early-stopping mean per-era CORR after each epoch of the last {@link #fit}. */
    public double[] earlyStoppingCorr() {
        return earlyStoppingCorr.clone();
    }

    /** Returns the feature names the head was fitted on, in column order. */
    public String[] featureNames() {
        requireFitted();
        return featureNames.clone();
    }

    /** Returns the target the head was fitted on. */
    public String targetName() {
        requireFitted();
        return targetName;
    }

    float[][] parameters() {
        return network.parameters();
    }

    int[] layerWidths() {
        return network.widths();
    }

    /** Drops the network; ND4J frees its arrays when they are collected. */
    @Override
    public void close() {
        network = null;
    }

    private void requireFitted() {
        if (network == null) {
            throw new IllegalStateException("the MLP head is not fitted; call fit or load first");
        }
    }

    private void checkFeatures(EraSlice slice) {
        if (!Arrays.equals(slice.featureNames(), featureNames)) {
            throw new IllegalArgumentException(
                    "slice has features "
                            + describe(slice.featureNames())
                            + ", the head was fitted on "
                            + describe(featureNames));
        }
    }

    private void checkTarget(String target) {
        if (!targetName.equals(target)) {
            throw new IllegalArgumentException(
                    "the head was fitted on target " + targetName + ", not " + target);
        }
    }

    private void checkColumns(int columns) {
        if (columns != featureNames.length) {
            throw new IllegalArgumentException(
                    "batch has " + columns + " columns, expected " + featureNames.length);
        }
    }

    private static String describe(String[] names) {
        String head = String.join(",", Arrays.copyOf(names, Math.min(3, names.length)));
        return names.length + " columns (" + head + (names.length > 3 ? ",...)" : ")");
    }
}
