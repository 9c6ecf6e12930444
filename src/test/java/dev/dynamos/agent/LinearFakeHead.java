package dev.dynamos.agent;

import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fast deterministic head for tests: per-column least-squares slopes of the target on each
 * feature, summed (a naive additive model).
 */
final class LinearFakeHead implements Head {

    private double[] slopes;
    private String[] names;

    @Override
    public void fit(EraSlice train, String target, Optional<EraSlice> earlyStopping) {
        float[] x = train.denseRowMajor();
        float[] y = train.target(target);
        int columns = train.features().length;
        slopes = new double[columns];
        names = train.featureNames();
        for (int j = 0; j < columns; j++) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int n = 0;
            for (int r = 0; r < y.length; r++) {
                if (Float.isNaN(y[r])) {
                    continue;
                }
                double v = x[r * columns + j];
                sx += v;
                sy += y[r];
                sxx += v * v;
                sxy += v * y[r];
                n++;
            }
            double variance = sxx - sx * sx / n;
            slopes[j] = variance > 0 ? (sxy - sx * sy / n) / variance : 0;
        }
    }

    @Override
    public float[] predict(EraSlice slice) {
        float[] x = slice.denseRowMajor();
        int columns = slice.features().length;
        float[] predictions = new float[x.length / columns];
        for (int r = 0; r < predictions.length; r++) {
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += slopes[j] * x[r * columns + j];
            }
            predictions[r] = (float) sum;
        }
        return predictions;
    }

    @Override
    public void save(Path file) {
        throw new UnsupportedOperationException("test head");
    }

    @Override
    public Map<String, Double> featureImportance() {
        Map<String, Double> importance = new LinkedHashMap<>();
        for (int j = 0; j < names.length; j++) {
            importance.put(names[j], Math.abs(slopes[j]));
        }
        return importance;
    }

    @Override
    public void close() {}
}
