package dev.dynamos.heads;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gradient-boosted tree head on XGBoost (histogram method, squared error). Trees kept after early
 * stopping are recorded in the model's {@code best_iteration} attribute; predictions and {@link
 * Heads#load} use only those trees.
 */
public final class XGBoostHead implements Head {

    private static final Logger LOG = LoggerFactory.getLogger(XGBoostHead.class);
    private static final String BEST_ITERATION = "best_iteration";
    private static final int LOG_EVERY_ROUNDS = 100;

    private final BoosterParams params;
    private Booster booster;
    private String[] featureNames;
    private int usedRounds;

    /**
     * Creates an unfitted head.
     *
     * @param params hyperparameters; the device must be resolved (cpu or cuda)
     */
    public XGBoostHead(BoosterParams params) {
        this.params = Objects.requireNonNull(params, "params");
        if (params.device() == Device.AUTO) {
            throw new IllegalArgumentException("device auto must be resolved before fitting");
        }
    }

    private XGBoostHead(BoosterParams params, Booster booster) {
        this.params = params;
        this.booster = booster;
        try {
            this.featureNames = booster.getFeatureNames();
            String best = booster.getAttr(BEST_ITERATION);
            this.usedRounds =
                    best == null ? booster.getNumBoostedRound() : Integer.parseInt(best) + 1;
        } catch (XGBoostError e) {
            throw new HeadException("xgboost load", e);
        }
    }

    /**
     * Loads a model saved by {@link #save} (or by XGBoost in Python, with feature names).
     *
     * @param file an XGBoost {@code .json} or {@code .ubj} model
     * @return a fitted head
     */
    public static XGBoostHead load(Path file) {
        try {
            return new XGBoostHead(BoosterParams.defaults(), XGBoost.loadModel(file.toString()));
        } catch (XGBoostError e) {
            throw new HeadException("xgboost load " + file, e);
        }
    }

    @Override
    public void fit(EraSlice train, String target, Optional<EraSlice> earlyStopping) {
        close();
        NativeRows rows = NativeRows.forFit(train, target);
        featureNames = train.featureNames();
        DMatrix trainMatrix = null;
        DMatrix stopMatrix = null;
        try {
            trainMatrix = labelled(rows, featureNames);
            if (earlyStopping.isPresent()) {
                stopMatrix = labelled(NativeRows.forFit(earlyStopping.get(), target), featureNames);
            }
            booster = XGBoost.train(trainMatrix, libraryParams(), 0, Map.of(), null, null);
            usedRounds = boost(trainMatrix, stopMatrix);
            booster.setAttr(BEST_ITERATION, Integer.toString(usedRounds - 1));
        } catch (XGBoostError e) {
            throw new HeadException("xgboost fit", e);
        } finally {
            dispose(trainMatrix);
            dispose(stopMatrix);
        }
    }

    private int boost(DMatrix trainMatrix, DMatrix stopMatrix) throws XGBoostError {
        EarlyStopping stopping = new EarlyStopping(params.earlyStoppingRounds());
        DMatrix[] watched = {stopMatrix};
        String[] names = {"stop"};
        for (int round = 0; round < params.numTrees(); round++) {
            booster.update(trainMatrix, round);
            if (stopMatrix == null) {
                continue;
            }
            double loss = lastNumber(booster.evalSet(watched, names, round));
            if ((round + 1) % LOG_EVERY_ROUNDS == 0) {
                LOG.debug("xgboost round {}: held-out rmse {}", round + 1, loss);
            }
            if (stopping.record(round, loss)) {
                LOG.info(
                        "xgboost stopped early after {} rounds; best {} (rmse {})",
                        round + 1,
                        stopping.bestRounds(),
                        stopping.bestLoss());
                return stopping.bestRounds();
            }
        }
        return stopMatrix == null ? params.numTrees() : stopping.bestRounds();
    }

    /** Returns the parameter map handed to XGBoost. */
    Map<String, Object> libraryParams() {
        Map<String, Object> map = new HashMap<>();
        map.put("objective", "reg:squarederror");
        map.put("tree_method", "hist");
        map.put("eta", params.learningRate());
        map.put("max_depth", params.maxDepth());
        map.put("max_leaves", params.numLeaves());
        map.put("colsample_bytree", params.colsampleByTree());
        map.put("min_child_weight", params.minDataInLeaf());
        map.put("subsample", params.subsample());
        map.put("nthread", params.threads());
        map.put("seed", params.seed());
        map.put("device", params.device().label());
        map.put("verbosity", 0);
        map.put("eval_metric", "rmse");
        map.putAll(params.extra());
        return map;
    }

    @Override
    public float[] predict(EraSlice slice) {
        checkFitted();
        checkFeatures(slice);
        NativeRows rows = NativeRows.forPredict(slice);
        try {
            float[][] out =
                    booster.inplace_predict(
                            rows.matrix(),
                            rows.rows(),
                            rows.columns(),
                            Float.NaN,
                            new int[] {0, usedRounds});
            float[] predictions = new float[rows.rows()];
            for (int r = 0; r < predictions.length; r++) {
                predictions[r] = out[r][0];
            }
            return predictions;
        } catch (XGBoostError e) {
            throw new HeadException("xgboost predict", e);
        }
    }

    @Override
    public void save(Path file) {
        checkFitted();
        try {
            booster.saveModel(file.toString());
        } catch (XGBoostError e) {
            throw new HeadException("xgboost save " + file, e);
        }
    }

    @Override
    public Map<String, Double> featureImportance() {
        checkFitted();
        try {
            Map<String, Double> gains = booster.getScore(featureNames, "total_gain");
            Map<String, Double> result = new LinkedHashMap<>();
            for (String name : featureNames) {
                result.put(name, gains.getOrDefault(name, 0.0));
            }
            return result;
        } catch (XGBoostError e) {
            throw new HeadException("xgboost importance", e);
        }
    }

    /** Returns the number of trees predictions use (all, or those up to the best round). */
    public int usedRounds() {
        return usedRounds;
    }

    @Override
    public void close() {
        if (booster != null) {
            booster.dispose();
            booster = null;
        }
    }

    private static DMatrix labelled(NativeRows rows, String[] names) throws XGBoostError {
        DMatrix matrix = new DMatrix(rows.matrix(), rows.rows(), rows.columns(), Float.NaN);
        matrix.setLabel(rows.labels());
        matrix.setFeatureNames(names);
        return matrix;
    }

    private static void dispose(DMatrix matrix) {
        if (matrix != null) {
            matrix.dispose();
        }
    }

    private static double lastNumber(String evaluation) {
        return Double.parseDouble(evaluation.substring(evaluation.lastIndexOf(':') + 1).trim());
    }

    private void checkFitted() {
        if (booster == null) {
            throw new IllegalStateException("the xgboost head is not fitted");
        }
    }

    private void checkFeatures(EraSlice slice) {
        String[] names = slice.featureNames();
        if (featureNames != null && !Arrays.equals(names, featureNames)) {
            throw new IllegalArgumentException(
                    "slice has "
                            + names.length
                            + " features that differ from the "
                            + featureNames.length
                            + " the head was fitted on");
        }
    }
}
