package dev.dynamos.heads;

import dev.dynamos.scoring.CorrOptions;
import dev.dynamos.scoring.CorrScorer;

/** Held-out eras for early stopping: scaled inputs and a CORR scorer, built once per fit. */
final class MlpEvaluation {

    /**
     * Numerai's CORR with every NaN-target row allowed to drop: early-stopping eras near the end of
     * the data have no target yet, and such an era scores NaN and is skipped instead of failing.
     */
    private static final CorrOptions EARLY_STOPPING_CORR = new CorrOptions(true, 0, 1.0);

    private final float[] inputs;
    private final CorrScorer scorer;

    private MlpEvaluation(float[] inputs, CorrScorer scorer) {
        this.inputs = inputs;
        this.scorer = scorer;
    }

    /** Returns the evaluation rows of a slice for the named target. */
    static MlpEvaluation of(EraSlice slice, String targetName) {
        return new MlpEvaluation(
                MlpHead.scaledInputs(slice), scorer(slice, targetName, EARLY_STOPPING_CORR));
    }

    /** Returns a CORR scorer over the slice's eras, in slice order. */
    static CorrScorer scorer(EraSlice slice, String targetName, CorrOptions options) {
        int[] eraStart = new int[slice.eraIndices().length + 1];
        for (int e = 0; e < slice.eraIndices().length; e++) {
            eraStart[e + 1] = eraStart[e] + slice.table().eraSize(slice.eraIndices()[e]);
        }
        return new CorrScorer(slice.target(targetName), eraStart, options);
    }

    /** Returns the network's mean per-era CORR on these eras, NaN when no era can be scored. */
    double meanEraCorr(MlpNetwork network) {
        return nanMean(scorer.corrByEra(network.predict(inputs)));
    }

    /** Returns the mean of the values that are not NaN, or NaN when there are none. */
    static double nanMean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
