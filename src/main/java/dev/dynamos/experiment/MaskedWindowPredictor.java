package dev.dynamos.experiment;

import dev.dynamos.agent.HeadFactory;
import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Predicts era t with a booster fitted on the trailing window of eras whose targets are known at t,
 * using only the features kept for era t: the protocol of the agent's reward, applied to any
 * per-era mask (the agent's, a random one, a static one, the top-k by trailing CORR).
 *
 * <p>The window is the last {@code window} eras of {@code fitEras} whose index is at most {@code t
 * - embargo}, the same rule the agent's tokens use; so validation eras are predicted walk forward,
 * from earlier eras only, and nothing after {@code t - embargo} is seen.
 */
final class MaskedWindowPredictor {

    private final EraTable table;
    private final String target;
    private final int[] fitEras;
    private final int window;
    private final int embargo;
    private final HeadFactory heads;

    MaskedWindowPredictor(
            EraTable table,
            String target,
            int[] fitEras,
            int window,
            int embargo,
            HeadFactory heads) {
        this.table = table;
        this.target = target;
        this.fitEras = fitEras.clone();
        Arrays.sort(this.fitEras);
        this.window = window;
        this.embargo = embargo;
        this.heads = heads;
    }

    /** Returns the fit eras whose targets are known at era t (at most the window, ascending). */
    int[] windowFor(int t) {
        int last = t - embargo;
        int found = Arrays.binarySearch(fitEras, last);
        int end = found >= 0 ? found + 1 : -found - 1;
        return Arrays.copyOfRange(fitEras, Math.max(0, end - window), end);
    }

    /**
     * Predicts every row of the given eras, each era with its own kept features.
     *
     * @param eras era indices to predict, ascending
     * @param keptOfEra the kept feature columns of an era (empty: predict 0.5)
     * @return one prediction per row, eras in the given order
     */
    float[] predict(int[] eras, IntFunction<int[]> keptOfEra) {
        int rows = 0;
        for (int t : eras) {
            rows += table.eraSize(t);
        }
        float[] predictions = new float[rows];
        int offset = 0;
        for (int t : eras) {
            float[] era = predictEra(t, keptOfEra.apply(t));
            System.arraycopy(era, 0, predictions, offset, era.length);
            offset += era.length;
        }
        return predictions;
    }

    private float[] predictEra(int t, int[] kept) {
        int[] fit = windowFor(t);
        if (kept.length == 0 || fit.length == 0) {
            float[] neutral = new float[table.eraSize(t)];
            Arrays.fill(neutral, 0.5f);
            return neutral;
        }
        try (Head head = heads.newHead()) {
            head.fit(EraSlice.of(table, fit, kept), target, Optional.empty());
            return head.predict(EraSlice.of(table, new int[] {t}, kept));
        }
    }
}
