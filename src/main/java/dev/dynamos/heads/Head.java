package dev.dynamos.heads;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A model that maps an era slice's features to one prediction per row: a gradient-boosted tree
 * booster (XGBoost, LightGBM) or an MLP. Everything that fits a model in dynamos goes through this
 * interface, so that baselines, the agent's reward and the comparison treat heads alike.
 *
 * <p>Heads own native resources; close them with try-with-resources.
 */
public interface Head extends AutoCloseable {

    /**
     * Fits the head on the slice's rows for the named target.
     *
     * @param train rows and features to fit on; rows with a NaN target are skipped
     * @param target target column name
     * @param earlyStopping optional held-out eras used to stop adding trees or epochs
     */
    void fit(EraSlice train, String target, Optional<EraSlice> earlyStopping);

    /**
     * Predicts every row of the slice, in slice order; the slice must list the same feature columns
     * the head was fitted on.
     *
     * @param slice rows and features to predict
     * @return one prediction per row
     */
    float[] predict(EraSlice slice);

    /**
     * Saves the fitted model in the library's native format (for example XGBoost JSON or a LightGBM
     * text model) so that the Python libraries can load it.
     *
     * @param file destination file
     */
    void save(Path file);

    /** Returns the importance (total gain) of each feature the head was fitted on, by name. */
    Map<String, Double> featureImportance();

    /** Releases native resources; calling it twice is harmless. */
    @Override
    void close();
}
