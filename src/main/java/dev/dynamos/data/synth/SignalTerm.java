package dev.dynamos.data.synth;

import java.util.Objects;

/**
 * One term of a regime's target function: {@code sign * weight * shape(feature, partner)}.
 *
 * @param shape how the feature moves the target
 * @param feature the feature's column index
 * @param partner the second column for {@link Shape#INTERACTION}, otherwise -1
 * @param sign +1 or -1
 * @param weight strength, positive
 */
public record SignalTerm(Shape shape, int feature, int partner, int sign, double weight) {

    /** Compact constructor: checks the partner against the shape, the sign and the weight. */
    public SignalTerm {
        Objects.requireNonNull(shape, "shape");
        if (feature < 0) {
            throw new IllegalArgumentException("feature must be >= 0, got " + feature);
        }
        if (shape.needsPartner() != (partner >= 0) || partner == feature) {
            throw new IllegalArgumentException(
                    "partner " + partner + " does not fit shape " + shape + " of " + feature);
        }
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign must be +1 or -1, got " + sign);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and > 0, got " + weight);
        }
    }

    /**
     * Adds this term's contribution, times {@code scale}, to a signal over a range of rows.
     *
     * @param columns feature columns, one byte per row, values 0..4
     * @param start first row
     * @param end one past the last row
     * @param scale a factor applied to the contribution
     * @param signal per-row signal, indexed from {@code start}, updated in place
     */
    public void addTo(byte[][] columns, int start, int end, double scale, double[] signal) {
        byte[] values = columns[feature];
        byte[] partnerValues = partner >= 0 ? columns[partner] : values;
        double factor = sign * weight * scale;
        for (int r = start; r < end; r++) {
            signal[r - start] += factor * shape.value(values[r], partnerValues[r]);
        }
    }
}
