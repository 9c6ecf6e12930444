package dev.dynamos.data.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A hidden market regime: the terms of the target function while it lasts.
 *
 * @param index the regime's number, 0-based
 * @param terms the target function's terms
 */
public record Regime(int index, List<SignalTerm> terms) {

    /** Compact constructor: copies the terms and rejects an empty list. */
    public Regime {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("regime " + index + " has no terms");
        }
    }

    /** Returns the columns the regime's target reads (partners included), in term order. */
    public int[] informativeFeatures() {
        List<Integer> result = new ArrayList<>();
        for (SignalTerm term : terms) {
            result.add(term.feature());
            if (term.partner() >= 0) {
                result.add(term.partner());
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the signal's standard deviation when every term is independent with unit variance.
     */
    public double nominalSignalSd() {
        double variance = 0;
        for (SignalTerm term : terms) {
            variance += term.weight() * term.weight();
        }
        return Math.sqrt(variance);
    }

    /**
     * Adds the regime's target signal over a range of rows, times {@code scale}.
     *
     * @param columns feature columns
     * @param start first row
     * @param end one past the last row
     * @param scale a factor applied to every term
     * @param signal per-row signal indexed from {@code start}, updated in place
     */
    public void addSignal(byte[][] columns, int start, int end, double scale, double[] signal) {
        for (SignalTerm term : terms) {
            term.addTo(columns, start, end, scale, signal);
        }
    }
}
