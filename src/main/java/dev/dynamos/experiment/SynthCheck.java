package dev.dynamos.experiment;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.Regime;
import dev.dynamos.data.synth.SynthGenerator;
import dev.dynamos.data.synth.SynthOptions;
import dev.dynamos.data.synth.SyntheticData;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.scoring.NumeraiCorr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that synthetic data behaves like Numerai's and rewards knowing the hidden regime.
 *
 * <p>Steps: 1. generate the data; 2. train one XGBoost booster on every train era over all features
 * (static); 3. train one booster per regime on the train eras of that regime and predict each
 * validation era with the booster of its true regime (regime-aware); 4. score the true regime
 * signal without noise (oracle); 5. report each predictor's mean per-era CORR against {@code
 * target} over the validation eras.
 */
public final class SynthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SynthCheck.class);

    private SynthCheck() {}

    /**
     * Generates data with the given options and runs the check on it.
     *
     * @param dataOptions the generator's settings
     * @param boosterOptions the boosters' settings
     * @return the three predictors' validation CORR
     */
    public static SynthCheckResult run(SynthOptions dataOptions, SynthCheckOptions boosterOptions) {
        long started = System.nanoTime();
        SyntheticData data = SynthGenerator.generate(dataOptions);
        EraTable table = data.table();
        int[] trainEras = erasOf(table, DataType.TRAIN);
        int[] validationEras = erasOf(table, DataType.VALIDATION);
        int[] allFeatures = allFeatures(table);

        float[] staticPredictions =
                fitPredict(table, trainEras, validationEras, allFeatures, boosterOptions);
        float[] regimePredictions =
                regimeAwarePredictions(
                        data, trainEras, validationEras, staticPredictions, boosterOptions);
        float[] oracle = oraclePredictions(data, validationEras);

        double seconds = (System.nanoTime() - started) / 1e9;
        return new SynthCheckResult(
                dataOptions.noise(),
                validationEras.length,
                meanCorr(table, validationEras, staticPredictions),
                meanCorr(table, validationEras, regimePredictions),
                meanCorr(table, validationEras, oracle),
                seconds);
    }

    private static float[] regimeAwarePredictions(
            SyntheticData data,
            int[] trainEras,
            int[] validationEras,
            float[] fallback,
            SynthCheckOptions options) {
        EraTable table = data.table();
        float[] predictions = fallback.clone();
        int[] offsets = rowOffsets(table, validationEras);
        for (int regime = 0; regime < data.regimes().size(); regime++) {
            int[] fitEras = erasOfRegime(data, trainEras, regime);
            int[] scoreEras = erasOfRegime(data, validationEras, regime);
            if (fitEras.length == 0 || scoreEras.length == 0) {
                LOG.info(
                        "regime {}: {} train eras, {} validation eras; static predictions kept",
                        regime,
                        fitEras.length,
                        scoreEras.length);
                continue;
            }
            float[] part = fitPredict(table, fitEras, scoreEras, allFeatures(table), options);
            int next = 0;
            for (int e = 0; e < validationEras.length; e++) {
                if (data.regimeOfEraIndex(validationEras[e]) == regime) {
                    int size = table.eraSize(validationEras[e]);
                    System.arraycopy(part, next, predictions, offsets[e], size);
                    next += size;
                }
            }
        }
        return predictions;
    }

    private static float[] oraclePredictions(SyntheticData data, int[] validationEras) {
        EraTable table = data.table();
        byte[][] columns = new byte[table.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = table.column(f);
        }
        float[] predictions = new float[EraSlice.of(table, validationEras, new int[0]).rows()];
        int offset = 0;
        for (int eraIndex : validationEras) {
            Regime regime = data.regimes().get(data.regimeOfEraIndex(eraIndex));
            double[] signal = new double[table.eraSize(eraIndex)];
            regime.addSignal(
                    columns, table.eraStart(eraIndex), table.eraEnd(eraIndex), 1.0, signal);
            for (int r = 0; r < signal.length; r++) {
                predictions[offset + r] = (float) signal[r];
            }
            offset += signal.length;
        }
        return predictions;
    }

    /**
     * Fits an XGBoost regressor on {@code target} over some eras and predicts others.
     *
     * @return predictions over the rows of {@code predictEras}, in slice order
     */
    static float[] fitPredict(
            EraTable table,
            int[] fitEras,
            int[] predictEras,
            int[] features,
            SynthCheckOptions options) {
        EraSlice fit = EraSlice.of(table, fitEras, features);
        EraSlice predict = EraSlice.of(table, predictEras, features);
        DMatrix train = null;
        try {
            train = new DMatrix(fit.denseRowMajor(), fit.rows(), features.length, Float.NaN);
            train.setLabel(fit.target(SynthGenerator.MAIN_TARGET));
            Booster booster =
                    XGBoost.train(train, params(options), options.numTrees(), Map.of(), null, null);
            float[][] raw =
                    booster.inplace_predict(
                            predict.denseRowMajor(), predict.rows(), features.length, Float.NaN);
            booster.dispose();
            float[] predictions = new float[raw.length];
            for (int r = 0; r < raw.length; r++) {
                predictions[r] = raw[r][0];
            }
            return predictions;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost fit or predict failed: " + e.getMessage(), e);
        } finally {
            if (train != null) {
                train.dispose();
            }
        }
    }

    private static Map<String, Object> params(SynthCheckOptions options) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "reg:squarederror");
        params.put("tree_method", "hist");
        params.put("max_depth", options.maxDepth());
        params.put("eta", options.learningRate());
        params.put("colsample_bytree", options.colsampleByTree());
        params.put("nthread", options.threads());
        params.put("seed", 0);
        params.put("verbosity", 0);
        return params;
    }

    private static double meanCorr(EraTable table, int[] eras, float[] predictions) {
        float[] target = table.target(SynthGenerator.MAIN_TARGET);
        int[] offsets = rowOffsets(table, eras);
        double sum = 0;
        for (int e = 0; e < eras.length; e++) {
            int size = table.eraSize(eras[e]);
            double[] eraPredictions = new double[size];
            double[] eraTarget = new double[size];
            for (int r = 0; r < size; r++) {
                eraPredictions[r] = predictions[offsets[e] + r];
                eraTarget[r] = target[table.eraStart(eras[e]) + r];
            }
            sum += NumeraiCorr.numeraiCorr(eraPredictions, eraTarget);
        }
        return sum / eras.length;
    }

    private static int[] rowOffsets(EraTable table, int[] eras) {
        int[] offsets = new int[eras.length];
        for (int e = 1; e < eras.length; e++) {
            offsets[e] = offsets[e - 1] + table.eraSize(eras[e - 1]);
        }
        return offsets;
    }

    private static int[] erasOf(EraTable table, DataType type) {
        List<Integer> eras = new ArrayList<>();
        for (int e = 0; e < table.eraCount(); e++) {
            if (table.dataType(table.eraStart(e)) == type) {
                eras.add(e);
            }
        }
        return eras.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] erasOfRegime(SyntheticData data, int[] eras, int regime) {
        List<Integer> kept = new ArrayList<>();
        for (int e : eras) {
            if (data.regimeOfEraIndex(e) == regime) {
                kept.add(e);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] allFeatures(EraTable table) {
        int[] features = new int[table.featureCount()];
        for (int f = 0; f < features.length; f++) {
            features[f] = f;
        }
        return features;
    }
}
