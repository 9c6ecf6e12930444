package dev.dynamos.heads;

/** Held-out eras for early stopping: scaled inputs, target and era sizes, built once per fit. */
final class MlpEvaluation {

    private final float[] inputs;
    private final float[] target;
    private final int[] eraSizes;

    private MlpEvaluation(float[] inputs, float[] target, int[] eraSizes) {
        this.inputs = inputs;
        this.target = target;
        this.eraSizes = eraSizes;
    }

    /** Returns the evaluation rows of a slice for the named target. */
    static MlpEvaluation of(EraSlice slice, String targetName) {
        int[] sizes = new int[slice.eraIndices().length];
        for (int e = 0; e < sizes.length; e++) {
            sizes[e] = slice.table().eraSize(slice.eraIndices()[e]);
        }
        return new MlpEvaluation(MlpHead.scaledInputs(slice), slice.target(targetName), sizes);
    }

    /** Returns the network's mean per-era CORR on these eras, NaN when no era can be scored. */
    double meanEraCorr(MlpNetwork network) {
        return EraCorr.meanEraCorr(network.predict(inputs), target, eraSizes);
    }
}
