package dev.dynamos.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws the hidden regimes: each regime's informative features, shapes, signs and weights, and the
 * Markov chain that says which regime holds in each era.
 */
public final class RegimeDraw {

    /** The shapes of one regime's terms, in order; the interaction reads two features. */
    public static final List<Shape> TERM_SHAPES =
            List.of(
                    Shape.LINEAR,
                    Shape.LINEAR,
                    Shape.LINEAR,
                    Shape.U_SHAPE,
                    Shape.STEP,
                    Shape.INTERACTION);

    /** Informative features per regime: one per term plus the interaction's partner. */
    public static final int FEATURES_PER_REGIME = TERM_SHAPES.size() + 1;

    /** Probability that the regime of one era holds in the next: regimes last about 30 eras. */
    public static final double STAY_PROBABILITY = 0.965;

    /** Smallest term weight; weights are uniform between this and {@link #MAX_WEIGHT}. */
    public static final double MIN_WEIGHT = 0.5;

    /** Largest term weight. */
    public static final double MAX_WEIGHT = 1.5;

    private RegimeDraw() {}

    /**
     * Draws the regimes' target functions. Regimes take consecutive runs of one random permutation
     * of the features, so they share no feature while there are enough features, and wrap around
     * (sharing some) when there are not.
     *
     * @param regimes how many regimes
     * @param features how many feature columns, at least {@link #FEATURES_PER_REGIME}
     * @param rng the generator
     * @return one regime per index
     */
    public static List<Regime> drawRegimes(int regimes, int features, RandomGenerator rng) {
        int[] order = permutation(features, rng);
        List<Regime> result = new ArrayList<>(regimes);
        int next = 0;
        for (int r = 0; r < regimes; r++) {
            List<SignalTerm> terms = new ArrayList<>();
            for (Shape shape : TERM_SHAPES) {
                int feature = order[next++ % features];
                int partner = shape.needsPartner() ? order[next++ % features] : -1;
                int sign = rng.nextBoolean() ? 1 : -1;
                double weight = MIN_WEIGHT + (MAX_WEIGHT - MIN_WEIGHT) * rng.nextDouble();
                terms.add(new SignalTerm(shape, feature, partner, sign, weight));
            }
            result.add(new Regime(r, terms));
        }
        return result;
    }

    /**
     * Draws the regime of each era from a Markov chain: the first era's regime is uniform; each
     * next era keeps the regime with {@link #STAY_PROBABILITY}, otherwise moves to one of the
     * others uniformly.
     *
     * @param eras how many eras (era number {@code e} is entry {@code e - 1})
     * @param regimes how many regimes
     * @param rng the generator
     * @return the regime of each era
     */
    public static int[] drawChain(int eras, int regimes, RandomGenerator rng) {
        int[] chain = new int[eras];
        chain[0] = rng.nextInt(regimes);
        for (int e = 1; e < eras; e++) {
            boolean stay = regimes == 1 || rng.nextDouble() < STAY_PROBABILITY;
            if (stay) {
                chain[e] = chain[e - 1];
            } else {
                int other = rng.nextInt(regimes - 1);
                chain[e] = other >= chain[e - 1] ? other + 1 : other;
            }
        }
        return chain;
    }

    /** Returns a uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
