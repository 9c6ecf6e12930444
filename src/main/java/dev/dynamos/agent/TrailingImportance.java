package dev.dynamos.agent;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of total gain each feature earns in a booster fitted on all features over the eras
 * whose targets are known at era t: the last {@code window} eras {@code s <= t - embargo} that have
 * targets. Unlike a feature's own trailing correlation, this sees features that matter only through
 * a shape or an interaction with another feature.
 *
 * <p>Shares are scaled by the feature count, so 1 is an average feature and the values of an era
 * sum to the feature count; an era with no known eras gets all zeros. One booster is fitted per
 * distinct window and cached, so eras that share their last known era share the fit. Not
 * thread-safe.
 */
public final class TrailingImportance {

    private final EraTable table;
    private final String target;
    private final HeadFactory heads;
    private final int window;
    private final int embargo;
    private final boolean[] hasTargets;
    private final Map<Integer, float[]> byLastKnownEra = new HashMap<>();

    /**
     * Creates the source; nothing is fitted until {@link #shares} is asked.
     *
     * @param table the data
     * @param target the target the boosters are fitted on
     * @param heads creates the booster
     * @param window eras per fit, > 0
     * @param embargo eras until a target is known, >= 0
     */
    public TrailingImportance(
            EraTable table, String target, HeadFactory heads, int window, int embargo) {
        if (window <= 0 || embargo < 0) {
            throw new IllegalArgumentException(
                    "need window > 0 and embargo >= 0, got " + window + ", " + embargo);
        }
        this.table = Objects.requireNonNull(table, "table");
        this.target = Objects.requireNonNull(target, "target");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.window = window;
        this.embargo = embargo;
        this.hasTargets = erasWithTargets(table, target);
    }

    private static boolean[] erasWithTargets(EraTable table, String target) {
        float[] values = table.target(target);
        boolean[] result = new boolean[table.eraCount()];
        for (int e = 0; e < result.length; e++) {
            for (int r = table.eraStart(e); r < table.eraEnd(e) && !result[e]; r++) {
                result[e] = !Float.isNaN(values[r]);
            }
        }
        return result;
    }

    /**
     * Returns the scaled gain shares of era t (a copy).
     *
     * @param t era index in the table
     * @return one value per feature, at least 0, summing to the feature count (or all 0)
     */
    public float[] shares(int t) {
        Objects.checkIndex(t, table.eraCount());
        int lastKnown = Math.min(t - embargo, table.eraCount() - 1);
        return byLastKnownEra.computeIfAbsent(lastKnown, this::fit).clone();
    }

    /** Returns the eras a booster is fitted on when the last known era is {@code lastKnown}. */
    int[] windowEras(int lastKnown) {
        int[] eras = new int[window];
        int count = 0;
        for (int s = lastKnown; s >= 0 && count < window; s--) {
            if (hasTargets[s]) {
                eras[count++] = s;
            }
        }
        int[] ascending = new int[count];
        for (int i = 0; i < count; i++) {
            ascending[i] = eras[count - 1 - i];
        }
        return ascending;
    }

    private float[] fit(int lastKnown) {
        float[] shares = new float[table.featureCount()];
        int[] eras = windowEras(lastKnown);
        if (eras.length == 0) {
            return shares;
        }
        try (Head head = heads.newHead()) {
            head.fit(EraSlice.allFeatures(table, eras), target, Optional.empty());
            Map<String, Double> gains = head.featureImportance();
            double total = 0;
            for (int f = 0; f < shares.length; f++) {
                double gain = gains.getOrDefault(table.featureName(f), 0.0);
                shares[f] = (float) gain;
                total += gain;
            }
            scale(shares, total);
        }
        return shares;
    }

    private static void scale(float[] shares, double total) {
        if (!(total > 0)) {
            Arrays.fill(shares, 0f);
            return;
        }
        for (int f = 0; f < shares.length; f++) {
            shares[f] = (float) (shares[f] / total * shares.length);
        }
    }
}
