package dev.dynamos.agent;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.MlpBatch;
import dev.dynamos.heads.MlpHead;
import dev.dynamos.heads.MlpParams;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the attention policy and an MLP head together, as Dynamos trains its gates inside the
 * network: the MLP learns on the inputs the policy masks, and the masked MLP's CORR on an era it
 * has not learned from is the policy's reward.
 *
 * <p>Eras arrive in time order, once, as a stream (Dynamos' general continual learning), and
 * nothing learns from an era before its targets are known ({@code embargo} eras later). At era t:
 *
 * <ol>
 *   <li>every earlier era s whose targets are now known ({@code s <= t - embargo}) is resolved: the
 *       predictions the MLP made for s under each of its K masks, when it was s's turn, are scored
 *       against s's targets; the reward is that CORR minus the sparsity term; the policy takes one
 *       Adam step on s's REINFORCE loss (leave-one-out, standardised advantages, entropy bonus)
 *       plus the replay MSE on stored logits; the MLP then learns s: {@link MlpParams#epochs()}
 *       passes over s's rows under each of its masks in turn (all features during warm-up), then
 *       one step per replayed era on its rows, stored mask and target plus the replay weight times
 *       the squared distance to the predictions stored for it (Dynamos' consistency loss); s's best
 *       mask, when it beats the others' mean, joins the reservoir with its tokens, logits and
 *       predictions;
 *   <li>the policy draws K masks for t from t's tokens, and the MLP predicts t's rows under each
 *       (dropped features at 2, input 0); these wait for t's targets.
 * </ol>
 *
 * <p>When era t arrives the policy first imitates t's top features by trailing evidence ({@link
 * PolicyImitation}; {@link AgentConfig#imitationSteps()} spread evenly over the stream, at least
 * one per era), which uses nothing unknown at t. So the rewards of era t come from a policy and an
 * MLP that learned only eras whose targets are known at t. Eras before the MLP has learned
 * anything, and the first {@link AgentConfig#warmupSteps()} eras after, are warm-up: no masks, no
 * policy update. The last {@code embargo} eras of the stream are never resolved. {@link
 * AgentConfig#steps()} is not used: the stream has one step per training era. The policy and the
 * MLP share no parameters, so a weight on the policy loss inside a joint loss would only rescale
 * its gradient, which Adam undoes; the two are updated by their own Adam steps instead.
 * Deterministic for a given seed.
 */
public final class JointMlpTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JointMlpTrainer.class);

    private final EraTable table;
    private final String target;
    private final int[] trainEras;
    private final AgentConfig config;
    private final TokenBuilder tokens;
    private final EraScore score;
    private final AttentionPolicy policy;
    private final MlpHead head;
    private final int[] allFeatures;
    private final float[] targetValues;
    private final Random random;
    private final ReplayBuffer buffer;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int learnedEras;

    /** An era the policy has acted on, waiting for its targets. */
    private record Pending(
            int era,
            boolean warmup,
            FeatureTokens tokens,
            float[] logits,
            float[][] masks,
            float[][] predictions,
            long actNanos) {}

    /**
     * Creates the trainer with fresh policy and MLP weights.
     *
     * @param table the data
     * @param target the target column
     * @param trainEras era indices of the stream, in any order
     * @param config the agent's settings (K, embargo, budget, sparsity, entropy, replay, seed)
     * @param mlp the MLP head's settings
     * @param tokens builds each era's tokens
     * @param score the per-era reward score (Numerai CORR)
     */
    public JointMlpTrainer(
            EraTable table,
            String target,
            int[] trainEras,
            AgentConfig config,
            MlpParams mlp,
            TokenBuilder tokens,
            EraScore score) {
        this.table = Objects.requireNonNull(table, "table");
        this.target = Objects.requireNonNull(target, "target");
        this.config = Objects.requireNonNull(config, "config");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.score = Objects.requireNonNull(score, "score");
        this.trainEras = trainEras.clone();
        Arrays.sort(this.trainEras);
        if (this.trainEras.length == 0) {
            throw new IllegalArgumentException("the joint trainer needs at least one training era");
        }
        Nd4jThreads.limit(Nd4jThreads.DEFAULT_THREADS);
        this.random = new Random(config.seed());
        this.policy = AttentionPolicy.forTokens(config, tokens, random);
        this.head = new MlpHead(mlp);
        this.buffer = new ReplayBuffer(config.replayCapacity());
        this.allFeatures = IntStream.range(0, table.featureCount()).toArray();
        this.targetValues = table.target(target);
    }

    /**
     * Runs the stream: one step per training era, in time order.
     *
     * @return one report per resolved era, in time order (the last {@code embargo} eras have none)
     */
    public List<StepReport> train() {
        List<StepReport> reports = new ArrayList<>();
        for (int t : trainEras) {
            resolveKnownEras(t, reports);
            act(t);
        }
        return reports;
    }

    private void resolveKnownEras(int t, List<StepReport> reports) {
        boolean learned = false;
        while (!pending.isEmpty() && pending.peekFirst().era() <= tokens.lastKnownEra(t)) {
            StepReport report = resolve(pending.pollFirst(), reports.size());
            reports.add(report);
            logStep(report);
            learned = true;
        }
        if (learned) {
            replayHead();
        }
    }

    private void logStep(StepReport report) {
        if (report.step() % 20 == 0) {
            LOG.info(
                    "joint mlp step {} era {} mean reward {} buffer {}",
                    report.step(),
                    table.era(report.era()),
                    String.format("%.4f", report.meanReward()),
                    buffer.size());
        }
    }

    private void act(int t) {
        imitateOn(t);
        if (learnedEras <= config.warmupSteps()) {
            float[][] all = {MaskSampler.keepAll(table.featureCount())};
            pending.add(new Pending(t, true, null, null, all, null, 0));
            return;
        }
        long start = System.nanoTime();
        FeatureTokens eraTokens = tokens.tokens(t);
        float[] logits = policy.logits(eraTokens);
        float[][] masks = ReinforceStep.sampleMasks(policy, logits, config, random);
        float[][] predictions = new float[masks.length][];
        for (int k = 0; k < masks.length; k++) {
            predictions[k] = head.predict(masked(t, masks[k]));
        }
        long actNanos = System.nanoTime() - start;
        pending.add(new Pending(t, false, eraTokens, logits, masks, predictions, actNanos));
    }

    private void imitateOn(int t) {
        if (config.imitationSteps() == 0) {
            return;
        }
        int steps = Math.max(1, Math.round(config.imitationSteps() / (float) trainEras.length));
        int keep = PolicyImitation.keptCount(config, table.featureCount());
        PolicyImitation.imitate(policy, tokens, new int[] {t}, steps, keep, random);
    }

    private StepReport resolve(Pending era, int index) {
        long start = System.nanoTime();
        int k = era.masks().length;
        double[] rewards = new double[k];
        double[] corrs = new double[k];
        double[] keepRatios = new double[k];
        for (int i = 0; i < k; i++) {
            keepRatios[i] = MaskSampler.keepRatio(era.masks()[i]);
        }
        double loss = 0;
        if (!era.warmup()) {
            float[] eraTarget =
                    Arrays.copyOfRange(
                            targetValues, table.eraStart(era.era()), table.eraEnd(era.era()));
            for (int i = 0; i < k; i++) {
                corrs[i] = score.score(era.predictions()[i], eraTarget);
                rewards[i] =
                        corrs[i]
                                - MaskReward.sparsityPenalty(
                                        config.sparsityWeight(),
                                        config.targetKeepRatio(),
                                        era.masks()[i]);
            }
            loss =
                    policy.update(
                            ReinforceStep.batches(
                                    era.tokens(), era.masks(), rewards, config, buffer, random));
        }
        long policyNanos = System.nanoTime() - start;
        long learnStart = System.nanoTime();
        learn(era);
        learnedEras++;
        long learnNanos = System.nanoTime() - learnStart;
        if (!era.warmup()) {
            candidate(era, rewards).ifPresent(entry -> buffer.offer(entry, random));
        }
        return new StepReport(
                index,
                era.era(),
                era.warmup(),
                rewards,
                corrs,
                keepRatios,
                loss,
                0,
                policyNanos + era.actNanos(),
                learnNanos,
                0);
    }

    /** Epochs over the era's rows, each epoch visiting the rows once under every mask in turn. */
    private void learn(Pending era) {
        List<EraSlice> views = new ArrayList<>();
        for (float[] mask : era.masks()) {
            views.add(masked(era.era(), mask));
        }
        head.fitEpochsInTurn(views, target, Math.max(1, head.params().epochs()));
    }

    /** The era's rows over every feature, the features the mask drops read as 2. */
    private EraSlice masked(int era, float[] mask) {
        boolean[][] keep = {MaskSampler.keepFlags(mask)};
        return new EraSlice(table, new int[] {era}, allFeatures, Optional.of(keep));
    }

    private void replayHead() {
        if (config.replayWeight() == 0) {
            return;
        }
        for (ReplayEntry entry : buffer.sample(config.replayBatch(), random)) {
            int era = entry.era();
            EraSlice rows = masked(era, entry.mask());
            MlpBatch batch =
                    taskBatch(MlpHead.scaledInputs(rows), rows.target(target))
                            .withReplay(entry.predictions(), config.replayWeight());
            head.trainStep(batch);
        }
    }

    /**
     * The mean squared error of an era's rows, as {@link MlpHead#fitEpochs} weighs them: rows whose
     * target is NaN carry no loss.
     */
    private static MlpBatch taskBatch(float[] inputs, float[] eraTarget) {
        int rows = eraTarget.length;
        float[] finiteTarget = new float[rows];
        float[] weight = new float[rows];
        int known = 0;
        for (int r = 0; r < rows; r++) {
            if (Float.isFinite(eraTarget[r])) {
                finiteTarget[r] = eraTarget[r];
                weight[r] = 1f;
                known++;
            }
        }
        for (int r = 0; r < rows; r++) {
            weight[r] = known == 0 ? 0f : weight[r] / known;
        }
        return new MlpBatch(inputs, finiteTarget, weight, new float[rows], new float[rows]);
    }

    /** The era's best mask as a replay entry, when its reward beats the others' mean. */
    private static Optional<ReplayEntry> candidate(Pending era, double[] rewards) {
        OptionalInt found = ReinforceStep.bestAboveOthers(rewards);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int best = found.getAsInt();
        return Optional.of(
                new ReplayEntry(
                        era.era(),
                        era.tokens(),
                        era.logits(),
                        era.masks()[best],
                        rewards[best],
                        era.predictions()[best]));
    }

    /** Returns the inference mask of era t (top budget logits, or threshold 0.5). */
    public float[] mask(int t) {
        return policy.inferenceMask(policy.logits(tokens.tokens(t)), config.budget());
    }

    /**
     * Predicts eras with the trained MLP, each era's rows under its own inference mask; a dropped
     * feature reads as 2 (input 0), so it cannot change the era's predictions.
     *
     * @param eras era indices
     * @return predictions in the order of the eras' rows
     */
    public float[] predict(int[] eras) {
        boolean[][] keep = new boolean[eras.length][];
        for (int i = 0; i < eras.length; i++) {
            keep[i] = MaskSampler.keepFlags(mask(eras[i]));
        }
        return head.predict(new EraSlice(table, eras, allFeatures, Optional.of(keep)));
    }

    /** Returns the MLP head. */
    public MlpHead head() {
        return head;
    }

    /** Returns the eras the MLP has learned from so far. */
    public int learnedEras() {
        return learnedEras;
    }

    /** Releases the MLP's graph. */
    @Override
    public void close() {
        head.close();
    }
}
