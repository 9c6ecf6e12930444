package dev.dynamos.agent;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Predicts eras with the "dynamic booster": for era t, the policy's inference mask from t's tokens
 * (keep probability >= 0.5, or the top {@code budget} logits), and a head fitted on only the kept
 * features, either on the training eras ending at {@code t - embargo} (a trailing window of W eras)
 * or on one fixed set of eras (for example all training eras).
 *
 * <p>Fitted heads are cached by (kept features, fit eras), so eras that share a mask share a
 * booster. Close the selection to release them.
 */
public final class DynamicSelection implements AutoCloseable {

    private final EraTable table;
    private final String target;
    private final AttentionPolicy policy;
    private final TokenBuilder tokens;
    private final AgentConfig config;
    private final HeadFactory heads;
    private final int[] fitEras;
    private final Optional<int[]> fixedFitEras;
    private final Map<String, Head> cache = new LinkedHashMap<>();

    /**
     * The prediction of one era.
     *
     * @param era era index
     * @param keepProbabilities inference keep probability per feature
     * @param mask the mask used (0/1 per feature)
     * @param predictions one prediction per row of the era
     */
    public record EraPrediction(
            int era, float[] keepProbabilities, float[] mask, float[] predictions) {}

    /**
     * Creates a selection whose heads are fitted on the W eras of {@code fitEras} ending at {@code
     * t - embargo} for each predicted era t.
     *
     * @param table the data
     * @param target the target column heads are fitted on
     * @param trainer supplies the trained policy, the token builder and the config
     * @param heads creates the heads
     * @param fitEras eras heads may be fitted on
     */
    public static DynamicSelection trailing(
            EraTable table, String target, AgentTrainer trainer, HeadFactory heads, int[] fitEras) {
        return new DynamicSelection(
                table,
                target,
                trainer.policy(),
                trainer.tokens(),
                trainer.config(),
                heads,
                fitEras,
                Optional.empty());
    }

    /**
     * Creates a selection whose heads are all fitted on one fixed set of eras (cached by mask).
     *
     * @param table the data
     * @param target the target column heads are fitted on
     * @param trainer supplies the trained policy, the token builder and the config
     * @param heads creates the heads
     * @param fitEras the eras every head is fitted on
     */
    public static DynamicSelection fixed(
            EraTable table, String target, AgentTrainer trainer, HeadFactory heads, int[] fitEras) {
        return new DynamicSelection(
                table,
                target,
                trainer.policy(),
                trainer.tokens(),
                trainer.config(),
                heads,
                fitEras,
                Optional.of(fitEras.clone()));
    }

    /**
     * Creates a selection from its parts.
     *
     * @param table the data
     * @param target the target column heads are fitted on
     * @param policy the trained policy
     * @param tokens builds the tokens of each era
     * @param config supplies budget, window and embargo
     * @param heads creates the heads
     * @param fitEras eras heads may be fitted on
     * @param fixedFitEras when present, every head is fitted on these eras instead of a window
     */
    public DynamicSelection(
            EraTable table,
            String target,
            AttentionPolicy policy,
            TokenBuilder tokens,
            AgentConfig config,
            HeadFactory heads,
            int[] fitEras,
            Optional<int[]> fixedFitEras) {
        this.table = Objects.requireNonNull(table, "table");
        this.target = Objects.requireNonNull(target, "target");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.config = Objects.requireNonNull(config, "config");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.fitEras = fitEras.clone();
        Arrays.sort(this.fitEras);
        this.fixedFitEras = fixedFitEras.map(e -> sorted(e));
    }

    private static int[] sorted(int[] eras) {
        int[] copy = eras.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Returns the inference mask of era t: threshold 0.5, or the top budget logits. */
    public float[] mask(int t) {
        return policy.inferenceMask(policy.logits(tokens.tokens(t)), config.budget());
    }

    /**
     * Predicts one era with a head fitted on the era's kept features.
     *
     * @param t era index
     * @return the era's mask and predictions (0.5 everywhere when the mask keeps nothing)
     * @throws IllegalArgumentException when no fit era precedes t by the embargo
     */
    public EraPrediction predictEra(int t) {
        float[] logits = policy.logits(tokens.tokens(t));
        float[] probabilities = policy.keepProbabilities(logits);
        float[] mask = policy.inferenceMask(logits, config.budget());
        int[] kept = MaskSampler.keptPositions(mask);
        int[] era = {t};
        if (kept.length == 0) {
            float[] constant = new float[table.eraSize(t)];
            Arrays.fill(constant, 0.5f);
            return new EraPrediction(t, probabilities, mask, constant);
        }
        Head head = headFor(kept, fitErasFor(t));
        return new EraPrediction(
                t, probabilities, mask, head.predict(EraSlice.of(table, era, kept)));
    }

    /**
     * Predicts several eras.
     *
     * @param eras era indices, such as the validation eras
     * @return one prediction per era, in the given order
     */
    public List<EraPrediction> predict(int[] eras) {
        List<EraPrediction> result = new ArrayList<>(eras.length);
        for (int t : eras) {
            result.add(predictEra(t));
        }
        return result;
    }

    private int[] fitErasFor(int t) {
        if (fixedFitEras.isPresent()) {
            return fixedFitEras.get();
        }
        int last = tokens.lastKnownEra(t);
        int found = Arrays.binarySearch(fitEras, last);
        int end = found >= 0 ? found + 1 : -found - 1;
        int[] window = Arrays.copyOfRange(fitEras, Math.max(0, end - config.fitWindow()), end);
        if (window.length == 0) {
            throw new IllegalArgumentException(
                    "no fit era at or before era index " + last + " to predict era index " + t);
        }
        return window;
    }

    private Head headFor(int[] kept, int[] eras) {
        String key = Arrays.toString(kept) + "@" + Arrays.toString(eras);
        Head head = cache.get(key);
        if (head == null) {
            head = heads.newHead();
            head.fit(EraSlice.of(table, eras, kept), target, Optional.empty());
            cache.put(key, head);
        }
        return head;
    }

    /** Returns the number of distinct heads fitted so far. */
    public int fittedHeads() {
        return cache.size();
    }

    /** Closes every cached head. */
    @Override
    public void close() {
        for (Head head : cache.values()) {
            head.close();
        }
        cache.clear();
    }
}
