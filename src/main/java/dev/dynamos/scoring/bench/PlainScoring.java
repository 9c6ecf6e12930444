package dev.dynamos.scoring.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Numerai's per-era metrics written plainly, step for step as numerai-tools states them: boxed
 * lists, a comparator sort per ranking, the normal quantile per value, and neutralisation through
 * an explicit pseudo-inverse. It is the benchmark's reference for speed and its check on the
 * numbers; nothing else uses it.
 */
final class PlainScoring {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private PlainScoring() {}

    /** Numerai's CORR of one era. */
    static double corr(List<Double> predictions, List<Double> targets) {
        double mean = mean(targets);
        List<Double> t = new ArrayList<>();
        for (Double target : targets) {
            t.add(pow15(target - mean));
        }
        List<Double> p = new ArrayList<>();
        for (Double g : gaussian(rankAverage(predictions))) {
            p.add(pow15(g));
        }
        return pearson(t, p);
    }

    /** The correlation contribution (MMC) of one era. */
    static double mmc(List<Double> predictions, List<Double> meta, List<Double> targets) {
        List<Double> p = gaussian(rankAverage(predictions));
        List<Double> m = gaussian(rankAverage(meta));
        double scale = dot(p, m) / dot(m, m);
        List<Double> t = new ArrayList<>();
        for (Double target : targets) {
            t.add(target * 4);
        }
        double mean = mean(t);
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += (t.get(i) - mean) * (p.get(i) - m.get(i) * scale);
        }
        return sum / p.size();
    }

    /** FNC of one era: CORR of the Gaussianised predictions neutralised by the features. */
    static double fnc(List<Double> predictions, List<List<Double>> features, List<Double> targets) {
        List<Double> neutral = neutralize(gaussian(rankAverage(predictions)), features);
        double std = Math.sqrt(variance(neutral));
        List<Double> scaled = new ArrayList<>();
        for (Double v : neutral) {
            scaled.add(v / std);
        }
        return corr(scaled, targets);
    }

    /** The largest absolute Pearson correlation of the predictions with a feature. */
    static double maxExposure(List<Double> predictions, List<List<Double>> features) {
        double max = 0;
        for (List<Double> feature : features) {
            max = Math.max(max, Math.abs(pearson(feature, predictions)));
        }
        return max;
    }

    /** {@code x - F̃ pinv(F̃) x} with {@code F̃ = [features, 1]}, singular values cut at 1e-6. */
    static List<Double> neutralize(List<Double> x, List<List<Double>> features) {
        int n = x.size();
        DMatrixRMaj design = new DMatrixRMaj(n, features.size() + 1);
        DMatrixRMaj column = new DMatrixRMaj(n, 1);
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < features.size(); f++) {
                design.set(r, f, features.get(f).get(r));
            }
            design.set(r, features.size(), 1.0);
            column.set(r, 0, x.get(r));
        }
        DMatrixRMaj coefficients = new DMatrixRMaj(design.numCols, 1);
        CommonOps_DDRM.mult(pseudoInverse(design), column, coefficients);
        DMatrixRMaj fitted = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(design, coefficients, fitted);
        List<Double> result = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            result.add(x.get(r) - fitted.get(r, 0));
        }
        return result;
    }

    /** NumPy's {@code pinv(a, rcond=1e-6)}: {@code V diag(1/s) Uᵀ} over the kept values. */
    private static DMatrixRMaj pseudoInverse(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, true);
        svd.decompose(a.copy());
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] singular = svd.getSingularValues();
        double largest = 0;
        for (int i = 0; i < svd.numberOfSingularValues(); i++) {
            largest = Math.max(largest, singular[i]);
        }
        DMatrixRMaj inverse = new DMatrixRMaj(v.numCols, u.numCols);
        for (int i = 0; i < svd.numberOfSingularValues(); i++) {
            double s = singular[i];
            inverse.set(i, i, s > 1e-6 * largest ? 1 / s : 0);
        }
        DMatrixRMaj scaled = new DMatrixRMaj(v.numRows, inverse.numCols);
        CommonOps_DDRM.mult(v, inverse, scaled);
        DMatrixRMaj result = new DMatrixRMaj(scaled.numRows, u.numRows);
        CommonOps_DDRM.multTransB(scaled, u, result);
        return result;
    }

    static List<Double> rankAverage(List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(values::get));
        List<Double> ranks = new ArrayList<>(values);
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size()
                    && values.get(order.get(j + 1)).equals(values.get(order.get(i)))) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks.set(order.get(k), (average - 0.5) / values.size());
            }
            i = j + 1;
        }
        return ranks;
    }

    static List<Double> gaussian(List<Double> ranks) {
        List<Double> result = new ArrayList<>();
        for (Double u : ranks) {
            result.add(NORMAL.inverseCumulativeProbability(u));
        }
        return result;
    }

    static double pow15(double x) {
        return Math.signum(x) * Math.pow(Math.abs(x), 1.5);
    }

    static double pearson(List<Double> a, List<Double> b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double cross = 0;
        double squaresA = 0;
        double squaresB = 0;
        for (int i = 0; i < a.size(); i++) {
            cross += (a.get(i) - meanA) * (b.get(i) - meanB);
            squaresA += (a.get(i) - meanA) * (a.get(i) - meanA);
            squaresB += (b.get(i) - meanB) * (b.get(i) - meanB);
        }
        return cross / Math.sqrt(squaresA * squaresB);
    }

    static double mean(List<Double> values) {
        double sum = 0;
        for (Double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    static double variance(List<Double> values) {
        double mean = mean(values);
        double sum = 0;
        for (Double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.size();
    }

    static double dot(List<Double> a, List<Double> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.get(i) * b.get(i);
        }
        return sum;
    }
}
