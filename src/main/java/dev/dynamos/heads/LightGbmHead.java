package dev.dynamos.heads;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMBooster.FeatureImportanceType;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gradient-boosted tree head on LightGBM (squared error, deterministic, column-wise histograms).
 * After fitting, the model is kept as its text form reloaded, cut to the best round when early
 * stopping ran, so that the native datasets are freed at once.
 */
public final class LightGbmHead implements Head {

    private static final Logger LOG = LoggerFactory.getLogger(LightGbmHead.class);
    private static final int LOG_EVERY_ROUNDS = 100;

    private final BoosterParams params;
    private LGBMBooster booster;
    private String[] featureNames;

    /**
     * Creates an unfitted head.
     *
     * @param params hyperparameters; the device must be cpu (LightGBM's CUDA build is not shipped)
     */
    public LightGbmHead(BoosterParams params) {
        this.params = Objects.requireNonNull(params, "params");
        LightGbmNative.load();
        if (params.device() != Device.CPU) {
            throw new IllegalArgumentException(
                    "lightgbm runs on the cpu only, got device " + params.device().label());
        }
    }

    private LightGbmHead(BoosterParams params, LGBMBooster booster) throws LGBMException {
        this.params = params;
        this.booster = booster;
        this.featureNames = booster.getFeatureNames();
    }

    /**
     * Loads a LightGBM text model saved by {@link #save} or by LightGBM in Python.
     *
     * @param file the model file
     * @return a fitted head
     */
    public static LightGbmHead load(Path file) {
        LightGbmNative.load();
        try {
            String model = Files.readString(file);
            return new LightGbmHead(
                    BoosterParams.defaults(), LGBMBooster.loadModelFromString(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file, e);
        } catch (LGBMException e) {
            throw new HeadException("lightgbm load " + file, e);
        }
    }

    @Override
    public void fit(EraSlice train, String target, Optional<EraSlice> earlyStopping) {
        close();
        NativeRows rows = NativeRows.forFit(train, target);
        featureNames = train.featureNames();
        String config = libraryParams();
        LGBMDataset trainSet = null;
        LGBMDataset stopSet = null;
        try {
            trainSet = dataset(rows, featureNames, config, null);
            if (earlyStopping.isPresent()) {
                NativeRows stopRows = NativeRows.forFit(earlyStopping.get(), target);
                stopSet = dataset(stopRows, featureNames, config, trainSet);
            }
            booster = boostAndReload(trainSet, stopSet, config);
        } catch (LGBMException e) {
            throw new HeadException("lightgbm fit", e);
        } finally {
            closeQuietly(trainSet);
            closeQuietly(stopSet);
        }
    }

    private LGBMBooster boostAndReload(LGBMDataset trainSet, LGBMDataset stopSet, String config)
            throws LGBMException {
        try (LGBMBooster training = LGBMBooster.create(trainSet, config)) {
            if (stopSet != null) {
                training.addValidData(stopSet);
            }
            int rounds = boost(training, stopSet != null);
            String model = training.saveModelToString(0, rounds, FeatureImportanceType.GAIN);
            return LGBMBooster.loadModelFromString(model);
        }
    }

    private int boost(LGBMBooster training, boolean stopping) throws LGBMException {
        EarlyStopping tracker = new EarlyStopping(params.earlyStoppingRounds());
        for (int round = 0; round < params.numTrees(); round++) {
            boolean finished = training.updateOneIter();
            if (finished) {
                LOG.debug("lightgbm cannot split further after {} rounds", round + 1);
                return stopping ? tracker.bestRounds() : round;
            }
            if (!stopping) {
                continue;
            }
            // getEval(1) is the first validation set; its only metric is l2 (mean squared error).
            double loss = training.getEval(1)[0];
            if ((round + 1) % LOG_EVERY_ROUNDS == 0) {
                LOG.debug("lightgbm round {}: held-out l2 {}", round + 1, loss);
            }
            if (tracker.record(round, loss)) {
                LOG.info(
                        "lightgbm stopped early after {} rounds; best {} (l2 {})",
                        round + 1,
                        tracker.bestRounds(),
                        tracker.bestLoss());
                return tracker.bestRounds();
            }
        }
        return stopping ? tracker.bestRounds() : params.numTrees();
    }

    /** Returns the LightGBM parameter string for training and for the datasets. */
    String libraryParams() {
        StringBuilder config = new StringBuilder();
        append(config, "objective", "regression");
        append(config, "metric", "l2");
        append(config, "learning_rate", params.learningRate());
        append(config, "max_depth", params.maxDepth());
        append(config, "num_leaves", params.numLeaves());
        append(config, "feature_fraction", params.colsampleByTree());
        append(config, "min_data_in_leaf", params.minDataInLeaf());
        if (params.subsample() < 1) {
            append(config, "bagging_fraction", params.subsample());
            append(config, "bagging_freq", 1);
        }
        append(config, "num_threads", params.threads());
        append(config, "seed", params.seed());
        append(config, "deterministic", "true");
        append(config, "force_col_wise", "true");
        append(config, "device_type", "cpu");
        append(config, "verbosity", -1);
        params.extra().forEach((key, value) -> append(config, key, value));
        return config.toString().trim();
    }

    @Override
    public float[] predict(EraSlice slice) {
        checkFitted();
        checkFeatures(slice);
        NativeRows rows = NativeRows.forPredict(slice);
        try {
            double[] out =
                    booster.predictForMat(
                            rows.matrix(),
                            rows.rows(),
                            rows.columns(),
                            true,
                            PredictionType.C_API_PREDICT_NORMAL,
                            "num_threads=" + params.threads());
            float[] predictions = new float[out.length];
            for (int r = 0; r < out.length; r++) {
                predictions[r] = (float) out[r];
            }
            return predictions;
        } catch (LGBMException e) {
            throw new HeadException("lightgbm predict", e);
        }
    }

    @Override
    public void save(Path file) {
        checkFitted();
        try {
            Files.writeString(file, booster.saveModelToString(0, 0, FeatureImportanceType.GAIN));
        } catch (LGBMException e) {
            throw new HeadException("lightgbm save " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }

    @Override
    public Map<String, Double> featureImportance() {
        checkFitted();
        try {
            double[] gains = booster.featureImportance(0, FeatureImportanceType.GAIN);
            Map<String, Double> result = new LinkedHashMap<>();
            for (int j = 0; j < featureNames.length; j++) {
                result.put(featureNames[j], gains[j]);
            }
            return result;
        } catch (LGBMException e) {
            throw new HeadException("lightgbm importance", e);
        }
    }

    @Override
    public void close() {
        if (booster != null) {
            try {
                booster.close();
            } catch (LGBMException e) {
                throw new HeadException("lightgbm close", e);
            } finally {
                booster = null;
            }
        }
    }

    private static LGBMDataset dataset(
            NativeRows rows, String[] names, String config, LGBMDataset reference)
            throws LGBMException {
        LGBMDataset dataset =
                LGBMDataset.createFromMat(
                        rows.matrix(), rows.rows(), rows.columns(), true, config, reference);
        dataset.setField("label", rows.labels());
        dataset.setFeatureNames(names);
        return dataset;
    }

    private static void append(StringBuilder config, String key, Object value) {
        String text =
                value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : value.toString();
        config.append(key).append('=').append(text).append(' ');
    }

    private static void closeQuietly(LGBMDataset dataset) {
        if (dataset == null) {
            return;
        }
        try {
            dataset.close();
        } catch (LGBMException e) {
            LOG.debug("lightgbm dataset close failed: {}", e.getMessage());
        }
    }

    private void checkFitted() {
        if (booster == null) {
            throw new IllegalStateException("the lightgbm head is not fitted");
        }
    }

    private void checkFeatures(EraSlice slice) {
        String[] names = slice.featureNames();
        if (!Arrays.equals(names, featureNames)) {
            throw new IllegalArgumentException(
                    "slice has "
                            + names.length
                            + " features that differ from the "
                            + featureNames.length
                            + " the head was fitted on");
        }
    }
}
