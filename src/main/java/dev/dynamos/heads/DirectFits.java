package dev.dynamos.heads;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Fits boosters by calling XGBoost and LightGBM directly on prepared arrays, with exactly the
 * library parameters the heads use. Exists so that benchmarks can measure what the heads add on top
 * of the libraries; models are discarded.
 */
public final class DirectFits {

    private DirectFits() {}

    /**
     * Fits XGBoost with {@code XGBoost.train} on a dense row-major matrix.
     *
     * @param matrix rows x columns features, row-major
     * @param labels one target per row
     * @param columns number of feature columns
     * @param params the hyperparameters the head would use
     */
    public static void xgboost(float[] matrix, float[] labels, int columns, BoosterParams params) {
        Map<String, Object> library = new XGBoostHead(params).libraryParams();
        DMatrix data = null;
        Booster booster = null;
        try {
            data = new DMatrix(matrix, labels.length, columns, Float.NaN);
            data.setLabel(labels);
            booster = XGBoost.train(data, library, params.numTrees(), Map.of(), null, null);
        } catch (XGBoostError e) {
            throw new HeadException("xgboost direct fit", e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (data != null) {
                data.dispose();
            }
        }
    }

    /**
     * Fits LightGBM with {@code LGBMBooster.updateOneIter} on a dense row-major matrix.
     *
     * @param matrix rows x columns features, row-major
     * @param labels one target per row
     * @param columns number of feature columns
     * @param params the hyperparameters the head would use
     */
    public static void lightgbm(float[] matrix, float[] labels, int columns, BoosterParams params) {
        String library = new LightGbmHead(params).libraryParams();
        LightGbmNative.load();
        try (LGBMDataset data =
                LGBMDataset.createFromMat(matrix, labels.length, columns, true, library, null)) {
            data.setField("label", labels);
            try (LGBMBooster booster = LGBMBooster.create(data, library)) {
                for (int round = 0; round < params.numTrees(); round++) {
                    if (booster.updateOneIter()) {
                        break;
                    }
                }
            }
        } catch (LGBMException e) {
            throw new HeadException("lightgbm direct fit", e);
        }
    }
}
