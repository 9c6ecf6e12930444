package dev.dynamos.agent;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the attention policy with REINFORCE, rewarding each sampled mask by the held-out CORR of a
 * booster fitted on the mask's features.
 *
 * <p>One step:
 *
 * <ol>
 *   <li>draw a target era t among the eligible training eras;
 *   <li>build t's tokens and the policy's logits; draw K masks from the training probabilities
 *       (Bernoulli, or Gumbel-top-k under a fixed budget);
 *   <li>for each mask fit a fresh head (same configuration and seed for all K) on the kept columns
 *       of the W training eras ending at the last era whose targets are known at t ({@code t -
 *       embargo}), predict eras t .. t + rewardEras - 1, reward = mean CORR - lambda * (keep ratio
 *       - k)^2;
 *   <li>advantages: leave-one-out baseline over the K rewards, standardised;
 *   <li>one Adam step on the REINFORCE loss with entropy bonus, plus the replay MSE between the
 *       current and stored logits of up to {@code replayBatch} remembered eras;
 *   <li>the best mask, when its reward beats the others' mean and its CORR beats the all-features
 *       CORR recorded for the era in warm-up (when known), is offered to the replay buffer with the
 *       logits that produced it and the head's predictions.
 * </ol>
 *
 * <p>Imitation: before the first step, {@link AgentConfig#imitationSteps()} policy updates pull the
 * policy towards keeping each era's features with the most trailing evidence (see {@link
 * PolicyImitation}), so that REINFORCE starts from a sensible policy rather than from random
 * weights.
 *
 * <p>Warm-up: during the first {@code warmupSteps} steps the head is fitted once on all features
 * for the drawn era; its CORR is recorded as that era's reference for the replay buffer. The policy
 * is not updated in warm-up: its only other signal, replay, has nothing stored yet.
 *
 * <p>All randomness (era draws, masks, reservoir, initial weights) comes from one {@link Random}
 * seeded by {@link AgentConfig#seed()}; with the same data, config and head, two runs give the same
 * parameters, and a run resumed from a checkpoint continues exactly as the uninterrupted run.
 */
public final class AgentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentTrainer.class);

    private final EraTable table;
    private final int[] trainEras;
    private final AgentConfig config;
    private final TokenBuilder tokens;
    private final MaskReward reward;
    private final AttentionPolicy policy;
    private final int[] eligible;
    private Random random;
    private ReplayBuffer buffer;
    private double[] allFeatureCorr;
    private int step;

    /**
     * Creates a trainer at step 0 with freshly initialised policy weights.
     *
     * @param table the data
     * @param target the target column rewards and tokens use
     * @param trainEras era indices the trainer may draw, fit on and score (ascending or not)
     * @param config the agent's settings
     * @param heads creates the booster for each mask
     * @param score the per-era reward score (Numerai CORR)
     * @throws IllegalArgumentException when no training era has a full fit window before it
     */
    public AgentTrainer(
            EraTable table,
            String target,
            int[] trainEras,
            AgentConfig config,
            HeadFactory heads,
            EraScore score) {
        this.table = Objects.requireNonNull(table, "table");
        this.config = Objects.requireNonNull(config, "config");
        this.trainEras = trainEras.clone();
        Arrays.sort(this.trainEras);
        Nd4jThreads.limit(Nd4jThreads.DEFAULT_THREADS);
        this.tokens = TokenBuilder.forTable(table, target, config, heads);
        this.reward = new MaskReward(table, target, heads, score, config);
        this.random = new Random(config.seed());
        this.policy = AttentionPolicy.forTokens(config, tokens, random);
        this.buffer = new ReplayBuffer(config.replayCapacity());
        this.allFeatureCorr = new double[table.eraCount()];
        Arrays.fill(allFeatureCorr, Double.NaN);
        this.eligible = findEligibleEras();
        if (eligible.length == 0) {
            throw new IllegalArgumentException(
                    "no training era has "
                            + config.fitWindow()
                            + " training eras ending "
                            + config.embargo()
                            + " eras before it; use more eras or a smaller fitWindow");
        }
    }

    /**
     * Resumes from the latest checkpoint in a folder; the config is the checkpoint's.
     *
     * @param checkpoints folder holding {@code step-NNNNNN} checkpoints
     * @param table the same data as the interrupted run
     * @param target the same target
     * @param trainEras the same training eras
     * @param heads creates the booster for each mask
     * @param score the per-era reward score
     * @return a trainer at the checkpoint's step
     */
    public static AgentTrainer resume(
            Path checkpoints,
            EraTable table,
            String target,
            int[] trainEras,
            HeadFactory heads,
            EraScore score) {
        TrainerCheckpoint.State state = TrainerCheckpoint.readLatest(checkpoints);
        AgentTrainer trainer =
                new AgentTrainer(table, target, trainEras, state.config(), heads, score);
        try {
            trainer.restore(state);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "bad_checkpoint",
                    "the latest checkpoint in "
                            + checkpoints
                            + " does not fit this version's policy ("
                            + e.getMessage()
                            + "); it was written by an older version: train afresh without"
                            + " --resume");
        }
        return trainer;
    }

    private int[] findEligibleEras() {
        List<Integer> result = new ArrayList<>();
        for (int t : trainEras) {
            if (fitWindow(t).length == config.fitWindow() && rewardEras(t).isPresent()) {
                result.add(t);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns the training eras a head is fitted on for target era t (at most W, ascending). */
    public int[] fitWindow(int t) {
        int last = tokens.lastKnownEra(t);
        int end = upperBound(trainEras, last);
        int start = Math.max(0, end - config.fitWindow());
        return Arrays.copyOfRange(trainEras, start, end);
    }

    private Optional<int[]> rewardEras(int t) {
        int[] eras = new int[config.rewardEras()];
        for (int i = 0; i < eras.length; i++) {
            eras[i] = t + i;
            if (Arrays.binarySearch(trainEras, eras[i]) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(eras);
    }

    private static int upperBound(int[] sorted, int value) {
        int found = Arrays.binarySearch(sorted, value);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /**
     * Runs steps until {@link AgentConfig#steps()} are done, writing a checkpoint every {@code
     * checkpointEvery} steps when a folder is given.
     *
     * @param checkpoints folder for checkpoints, or empty for none
     * @return the reports of the steps run by this call
     */
    public List<StepReport> train(Optional<Path> checkpoints) {
        List<StepReport> reports = new ArrayList<>();
        while (step < config.steps()) {
            StepReport report = step();
            reports.add(report);
            logStep(report);
            boolean due = config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0;
            if (checkpoints.isPresent() && due) {
                saveCheckpoint(checkpoints.get());
            }
        }
        return reports;
    }

    private void logStep(StepReport report) {
        if (report.step() % 10 == 0 || report.step() == config.steps() - 1) {
            LOG.info(
                    "step {} era {} mean reward {} loss {} buffer {}",
                    report.step(),
                    table.era(report.era()),
                    String.format("%.4f", report.meanReward()),
                    String.format("%.4f", report.loss()),
                    buffer.size());
        } else {
            LOG.debug("step {} mean reward {}", report.step(), report.meanReward());
        }
    }

    /** Runs one training step (see the class description) and returns what it did. */
    public StepReport step() {
        if (step == 0) {
            imitate();
        }
        int t = eligible[random.nextInt(eligible.length)];
        long start = System.nanoTime();
        FeatureTokens eraTokens = tokens.tokens(t);
        long tokenNanos = System.nanoTime() - start;
        long fitBefore = reward.fitNanos();
        long scoreBefore = reward.scoreNanos();
        long policyStart = System.nanoTime();
        float[] logits = policy.logits(eraTokens);
        long policyNanos = System.nanoTime() - policyStart;
        StepResult result =
                step < config.warmupSteps() ? warmup(t) : reinforce(t, eraTokens, logits);
        policyNanos += result.policyNanos();
        StepReport report =
                new StepReport(
                        step,
                        t,
                        step < config.warmupSteps(),
                        result.rewards(),
                        result.corrs(),
                        result.keepRatios(),
                        result.loss(),
                        tokenNanos,
                        policyNanos,
                        reward.fitNanos() - fitBefore,
                        reward.scoreNanos() - scoreBefore);
        step++;
        return report;
    }

    /** Imitation before the first step ({@link PolicyImitation}), once per fresh trainer. */
    private void imitate() {
        if (config.imitationSteps() == 0) {
            return;
        }
        int keep = PolicyImitation.keptCount(config, table.featureCount());
        double loss =
                PolicyImitation.imitate(
                        policy, tokens, eligible, config.imitationSteps(), keep, random);
        LOG.info(
                "imitated the top {} features by trailing evidence for {} steps, last loss {}",
                keep,
                config.imitationSteps(),
                String.format("%.4f", loss));
    }

    private record StepResult(
            double[] rewards, double[] corrs, double[] keepRatios, double loss, long policyNanos) {}

    private StepResult warmup(int t) {
        float[] all = MaskSampler.keepAll(table.featureCount());
        MaskReward.Outcome outcome = reward.evaluate(all, fitWindow(t), rewardEras(t).get());
        allFeatureCorr[t] = outcome.corr();
        return new StepResult(
                new double[] {outcome.reward()},
                new double[] {outcome.corr()},
                new double[] {1.0},
                0,
                0);
    }

    private StepResult reinforce(int t, FeatureTokens eraTokens, float[] logits) {
        long sampleStart = System.nanoTime();
        float[][] masks = ReinforceStep.sampleMasks(policy, logits, config, random);
        long policyNanos = System.nanoTime() - sampleStart;
        int k = masks.length;
        double[] rewards = new double[k];
        double[] corrs = new double[k];
        double[] keepRatios = new double[k];
        float[][] predictions = new float[k][];
        for (int i = 0; i < k; i++) {
            MaskReward.Outcome outcome =
                    reward.evaluate(masks[i], fitWindow(t), rewardEras(t).get());
            rewards[i] = outcome.reward();
            corrs[i] = outcome.corr();
            keepRatios[i] = MaskSampler.keepRatio(masks[i]);
            predictions[i] = outcome.predictions();
        }
        long updateStart = System.nanoTime();
        double loss =
                policy.update(
                        ReinforceStep.batches(eraTokens, masks, rewards, config, buffer, random));
        policyNanos += System.nanoTime() - updateStart;
        remember(t, eraTokens, logits, masks, rewards, corrs, predictions);
        return new StepResult(rewards, corrs, keepRatios, loss, policyNanos);
    }

    private void remember(
            int t,
            FeatureTokens eraTokens,
            float[] logits,
            float[][] masks,
            double[] rewards,
            double[] corrs,
            float[][] predictions) {
        OptionalInt found = ReinforceStep.bestAboveOthers(rewards);
        if (found.isEmpty()) {
            return;
        }
        int best = found.getAsInt();
        if (Double.isNaN(allFeatureCorr[t]) || corrs[best] > allFeatureCorr[t]) {
            buffer.offer(
                    new ReplayEntry(
                            t, eraTokens, logits, masks[best], rewards[best], predictions[best]),
                    random);
        }
    }

    /**
     * Writes a checkpoint of the current state (policy parameters, Adam state, step, generator,
     * replay buffer, warm-up references) to {@code folder/step-NNNNNN}.
     *
     * @param folder the checkpoint folder, created when missing
     * @return the checkpoint written
     */
    public Path saveCheckpoint(Path folder) {
        TrainerCheckpoint.State state =
                new TrainerCheckpoint.State(
                        config,
                        step,
                        policy.parameters(),
                        policy.adamSnapshot(),
                        random,
                        buffer,
                        allFeatureCorr.clone());
        return TrainerCheckpoint.write(folder, state);
    }

    private void restore(TrainerCheckpoint.State state) {
        policy.setParameters(state.parameters());
        policy.restoreAdam(state.adam());
        this.random = state.random();
        this.buffer = state.buffer();
        this.allFeatureCorr = state.allFeatureCorr().clone();
        this.step = state.step();
    }

    /** Returns the policy being trained. */
    public AttentionPolicy policy() {
        return policy;
    }

    /** Returns the token builder over the table. */
    public TokenBuilder tokens() {
        return tokens;
    }

    /** Returns the config. */
    public AgentConfig config() {
        return config;
    }

    /** Returns the steps done so far. */
    public int stepsDone() {
        return step;
    }

    /** Returns the replay buffer. */
    public ReplayBuffer buffer() {
        return buffer;
    }

    /** Returns the era indices that can be drawn as target eras. */
    public int[] eligibleEras() {
        return eligible.clone();
    }
}
