package dev.dynamos.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the Dynamos agent and its REINFORCE trainer; YAML-friendly (absent keys take the
 * {@code DEFAULT_} values).
 *
 * @param hiddenSize width h of the token projection and attention layers
 * @param heads attention heads per layer; must divide {@code hiddenSize}
 * @param layers attention layers (each: multi-head self-attention, residual, layer norm, a
 *     feed-forward block, residual, layer norm)
 * @param temperature T in keep probability sigmoid(logit / T)
 * @param masksPerStep K, masks sampled per training step for the same era
 * @param fitWindow W, eras the booster is fitted on, ending at the last era whose targets are known
 * @param rewardEras consecutive eras, starting at the chosen era, whose mean CORR is the reward
 * @param embargo eras until a target is known: targets of era s are known at era t iff s <= t -
 *     embargo
 * @param trailingWindow eras of trailing feature-target correlations summarised in a token
 * @param sparsityWeight lambda in reward = CORR - lambda * (keepRatio - targetKeepRatio)^2
 * @param targetKeepRatio k, the share of features the sparsity term steers towards, in (0, 1]
 * @param entropyWeight weight of the entropy bonus
 * @param learningRate Adam learning rate
 * @param replayWeight weight of the MSE between current and stored logits of replayed eras
 * @param replayCapacity reservoir size of the replay buffer, in eras
 * @param replayBatch stored eras replayed per step
 * @param warmupSteps steps at the start that fit the booster on all features and do not update the
 *     policy (see {@link AgentTrainer})
 * @param steps training steps
 * @param checkpointEvery write a checkpoint every this many steps (0: never)
 * @param seed seed of the trainer's one random generator
 * @param groupMode one shared agent with group embeddings, or one agent per feature group
 * @param budget a fixed number of features to keep per era (Gumbel-top-k), or 0 for Bernoulli masks
 *     with threshold 0.5 at inference
 * @param standardiseTokens z-score each descriptor across an era's features
 * @param gainTokens add each feature's trailing gain share ({@link TrailingImportance}) to its
 *     token
 * @param imitationSteps policy updates, before the first step, towards the mask of the features
 *     with the largest trailing evidence ({@link TokenBuilder#priorScores}); 0 for none
 * @param predictWindow eras the comparison's walk-forward boosters are fitted on for era t, the
 *     last ones known at t; 0 for every known era
 * @param priorGain initial weight of the policy's skip connection from the prior's evidence ({@link
 *     TokenBuilder#priorScores}, z-scored) to its logits, learned from there; 0 for none
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AgentConfig(
        int hiddenSize,
        int heads,
        int layers,
        double temperature,
        int masksPerStep,
        int fitWindow,
        int rewardEras,
        int embargo,
        int trailingWindow,
        double sparsityWeight,
        double targetKeepRatio,
        double entropyWeight,
        double learningRate,
        double replayWeight,
        int replayCapacity,
        int replayBatch,
        int warmupSteps,
        int steps,
        int checkpointEvery,
        long seed,
        GroupMode groupMode,
        int budget,
        boolean standardiseTokens,
        boolean gainTokens,
        int imitationSteps,
        int predictWindow,
        double priorGain) {

    /** How features map to agents. */
    public enum GroupMode {
        /** One agent over all features; the group enters each token as a one-hot embedding. */
        SHARED,
        /** One agent per feature group, attending only within its group. */
        PER_GROUP
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Hidden width; small enough for a 2-core machine, as in the squeeze-excite gates of Dynamos.
     */
    public static final int DEFAULT_HIDDEN_SIZE = 32;

    /**
     * Two attention heads per layer: SameDiff's cost per op dominates at this size, and each head
     * adds a dozen ops to the forward and backward graphs.
     */
    public static final int DEFAULT_HEADS = 2;

    /** Attention layers. */
    public static final int DEFAULT_LAYERS = 1;

    /**
     * Temperature 1.0: with REINFORCE on a noisy reward a sharp gate saturates early. Dynamos uses
     * 0.15 (Varma, Arani and Zonooz, VISAPP 2023) with a dense, low-noise reward.
     */
    public static final double DEFAULT_TEMPERATURE = 1.0;

    /** K = 6 masks per era: the method notes advise 4 to 8 for a leave-one-out baseline. */
    public static final int DEFAULT_MASKS_PER_STEP = 6;

    /** A 20-era booster window: a few months of weekly eras, enough rows for a small booster. */
    public static final int DEFAULT_FIT_WINDOW = 20;

    /** The reward is the CORR of one era (the era the mask was chosen for). */
    public static final int DEFAULT_REWARD_ERAS = 1;

    /** 20-day targets resolve four weekly eras later (Numerai's documented embargo). */
    public static final int DEFAULT_EMBARGO = 4;

    /** About one year of weekly eras of trailing correlations per token. */
    public static final int DEFAULT_TRAILING_WINDOW = 52;

    /**
     * Sparsity weight: Dynamos' reward is -(k - a)^2 scaled by 200 to 500 on wrong predictions; our
     * CORR reward is on a scale near 0.01 to 0.05, so a weight of 0.1 makes a 0.2 miss in keep
     * ratio cost 0.004, comparable to one era's CORR difference.
     */
    public static final double DEFAULT_SPARSITY_WEIGHT = 0.1;

    /** Target keep ratio 0.5; Dynamos uses 0.7 for ResNet channels. */
    public static final double DEFAULT_TARGET_KEEP_RATIO = 0.5;

    /**
     * Entropy weight 0.01: BlockDrop (Wu et al., CVPR 2018) uses 0.1 on unnormalised rewards; our
     * advantages are standardised, so the policy-gradient term is larger and a smaller weight
     * suffices to keep probabilities away from the clamps.
     */
    public static final double DEFAULT_ENTROPY_WEIGHT = 0.01;

    /**
     * Adam learning rate 0.01. BlockDrop trains its policy network at 1e-4 over many epochs; with a
     * few hundred steps, 1e-3 barely moved the logits (synthetic regimes, 60 steps: recall of the
     * informative features 0.31 at 1e-3, 0.49 at 1e-2, 0.13 at 3e-2; see bench agent).
     */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;

    /** Replay weight: Dynamos weights its consistency terms between 0.1 and 1.0. */
    public static final double DEFAULT_REPLAY_WEIGHT = 0.1;

    /** Reservoir of 200 eras: every training era of a typical Numerai history fits twice over. */
    public static final int DEFAULT_REPLAY_CAPACITY = 200;

    /** One stored era replayed per step: each replayed era costs one more backward pass. */
    public static final int DEFAULT_REPLAY_BATCH = 1;

    /** Dynamos starts with a short warm-up without gating. */
    public static final int DEFAULT_WARMUP_STEPS = 10;

    /** Training steps; each fits K boosters. */
    public static final int DEFAULT_STEPS = 300;

    /** Checkpoint every 50 steps. */
    public static final int DEFAULT_CHECKPOINT_EVERY = 50;

    /** Seed. */
    public static final long DEFAULT_SEED = 42L;

    /**
     * Tokens carry each feature's gain share in a booster fitted on the known window: without it
     * the tokens only see linear, one-feature evidence, and features that matter through a shape or
     * an interaction look like noise.
     */
    public static final boolean DEFAULT_GAIN_TOKENS = true;

    /**
     * 300 imitation steps (one policy update each, no booster fit; seconds): REINFORCE from random
     * weights on a reward this noisy learns little in a few hundred steps, so the policy starts
     * from the features with the most trailing evidence and the reward adjusts from there.
     */
    public static final int DEFAULT_IMITATION_STEPS = 300;

    /**
     * Walk-forward boosters on every known era: on synthetic regimes the true regime's features
     * gained 0.031 CORR over all features with every known era (0.107 against 0.076), and 0.008
     * with a 20-era window (see bench agent).
     */
    public static final int DEFAULT_PREDICT_WINDOW = 0;

    /**
     * Prior gain 2: a fresh policy's logits are twice the prior's z-scores plus a small network
     * output, so it keeps the prior's top features. A policy that only imitated the prior did not
     * keep them on validation eras: on the quickstart data its masks scored 0.0108 validation CORR
     * against 0.0227 for the prior's own top features.
     */
    public static final double DEFAULT_PRIOR_GAIN = 2.0;

    /** No fixed budget: Bernoulli masks. */
    public static final int DEFAULT_BUDGET = 0;

    /** Compact constructor: rejects out-of-range fields by name and value. */
    public AgentConfig {
        positive("hiddenSize", hiddenSize);
        positive("heads", heads);
        positive("layers", layers);
        if (hiddenSize % heads != 0) {
            throw new IllegalArgumentException(
                    "heads must divide hiddenSize, got heads="
                            + heads
                            + ", hiddenSize="
                            + hiddenSize);
        }
        positiveReal("temperature", temperature);
        if (masksPerStep < 2) {
            throw new IllegalArgumentException(
                    "masksPerStep must be >= 2 for a leave-one-out baseline, got " + masksPerStep);
        }
        positive("fitWindow", fitWindow);
        positive("rewardEras", rewardEras);
        nonNegative("embargo", embargo);
        positive("trailingWindow", trailingWindow);
        nonNegativeReal("sparsityWeight", sparsityWeight);
        if (!(targetKeepRatio > 0 && targetKeepRatio <= 1)) {
            throw new IllegalArgumentException(
                    "targetKeepRatio must be in (0, 1], got " + targetKeepRatio);
        }
        nonNegativeReal("entropyWeight", entropyWeight);
        positiveReal("learningRate", learningRate);
        nonNegativeReal("replayWeight", replayWeight);
        nonNegative("replayCapacity", replayCapacity);
        nonNegative("replayBatch", replayBatch);
        nonNegative("warmupSteps", warmupSteps);
        nonNegative("steps", steps);
        nonNegative("checkpointEvery", checkpointEvery);
        Objects.requireNonNull(groupMode, "groupMode");
        nonNegative("budget", budget);
        nonNegative("imitationSteps", imitationSteps);
        nonNegative("predictWindow", predictWindow);
        nonNegativeReal("priorGain", priorGain);
    }

    /** Creates a config from YAML or JSON keys; absent keys take their defaults. */
    @JsonCreator
    public static AgentConfig fromJson(
            @JsonProperty("hiddenSize") Integer hiddenSize,
            @JsonProperty("heads") Integer heads,
            @JsonProperty("layers") Integer layers,
            @JsonProperty("temperature") Double temperature,
            @JsonProperty("masksPerStep") Integer masksPerStep,
            @JsonProperty("fitWindow") Integer fitWindow,
            @JsonProperty("rewardEras") Integer rewardEras,
            @JsonProperty("embargo") Integer embargo,
            @JsonProperty("trailingWindow") Integer trailingWindow,
            @JsonProperty("sparsityWeight") Double sparsityWeight,
            @JsonProperty("targetKeepRatio") Double targetKeepRatio,
            @JsonProperty("entropyWeight") Double entropyWeight,
            @JsonProperty("learningRate") Double learningRate,
            @JsonProperty("replayWeight") Double replayWeight,
            @JsonProperty("replayCapacity") Integer replayCapacity,
            @JsonProperty("replayBatch") Integer replayBatch,
            @JsonProperty("warmupSteps") Integer warmupSteps,
            @JsonProperty("steps") Integer steps,
            @JsonProperty("checkpointEvery") Integer checkpointEvery,
            @JsonProperty("seed") Long seed,
            @JsonProperty("groupMode") GroupMode groupMode,
            @JsonProperty("budget") Integer budget,
            @JsonProperty("standardiseTokens") Boolean standardiseTokens,
            @JsonProperty("gainTokens") Boolean gainTokens,
            @JsonProperty("imitationSteps") Integer imitationSteps,
            @JsonProperty("predictWindow") Integer predictWindow,
            @JsonProperty("priorGain") Double priorGain) {
        return new AgentConfig(
                or(hiddenSize, DEFAULT_HIDDEN_SIZE),
                or(heads, DEFAULT_HEADS),
                or(layers, DEFAULT_LAYERS),
                or(temperature, DEFAULT_TEMPERATURE),
                or(masksPerStep, DEFAULT_MASKS_PER_STEP),
                or(fitWindow, DEFAULT_FIT_WINDOW),
                or(rewardEras, DEFAULT_REWARD_ERAS),
                or(embargo, DEFAULT_EMBARGO),
                or(trailingWindow, DEFAULT_TRAILING_WINDOW),
                or(sparsityWeight, DEFAULT_SPARSITY_WEIGHT),
                or(targetKeepRatio, DEFAULT_TARGET_KEEP_RATIO),
                or(entropyWeight, DEFAULT_ENTROPY_WEIGHT),
                or(learningRate, DEFAULT_LEARNING_RATE),
                or(replayWeight, DEFAULT_REPLAY_WEIGHT),
                or(replayCapacity, DEFAULT_REPLAY_CAPACITY),
                or(replayBatch, DEFAULT_REPLAY_BATCH),
                or(warmupSteps, DEFAULT_WARMUP_STEPS),
                or(steps, DEFAULT_STEPS),
                or(checkpointEvery, DEFAULT_CHECKPOINT_EVERY),
                or(seed, DEFAULT_SEED),
                or(groupMode, GroupMode.SHARED),
                or(budget, DEFAULT_BUDGET),
                or(standardiseTokens, false),
                or(gainTokens, DEFAULT_GAIN_TOKENS),
                or(imitationSteps, DEFAULT_IMITATION_STEPS),
                or(predictWindow, DEFAULT_PREDICT_WINDOW),
                or(priorGain, DEFAULT_PRIOR_GAIN));
    }

    /** Returns the configuration with every field at its default. */
    public static AgentConfig defaults() {
        return fromJson(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a config from YAML (or JSON) text; absent keys take their defaults.
     *
     * @param yaml the text, such as {@code "steps: 100\nhiddenSize: 16"}
     * @param source where the text came from, for error messages
     * @throws BadInputException when a key is unknown or a value is invalid
     */
    public static AgentConfig fromYaml(String yaml, String source) {
        try {
            AgentConfig config = YAML.readValue(yaml, AgentConfig.class);
            return config != null ? config : defaults();
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new BadInputException(
                    "unknown_config_key",
                    source
                            + ": unknown agent key '"
                            + e.getPropertyName()
                            + "'; known agent keys: "
                            + e.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(java.util.stream.Collectors.joining(", ")));
        } catch (JsonProcessingException e) {
            throw new BadInputException(
                    "bad_agent_config",
                    source + ": " + rootMessage(e) + "; keys are the AgentConfig field names");
        }
    }

    /**
     * Reads a config from a YAML file.
     *
     * @param file the YAML file
     * @throws BadInputException when the file cannot be read or holds an invalid config
     */
    public static AgentConfig fromYaml(Path file) {
        try {
            return fromYaml(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException("bad_agent_config", "cannot read " + file + ": " + e);
        }
    }

    /** Returns this config as YAML text, every field written. */
    public String toYaml() {
        try {
            return YAML.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write agent config as YAML", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e ? ((JsonProcessingException) e).getOriginalMessage() : root.getMessage();
    }

    /** Returns a copy with another number of steps. */
    public AgentConfig withSteps(int newSteps) {
        return new AgentConfig(
                hiddenSize,
                heads,
                layers,
                temperature,
                masksPerStep,
                fitWindow,
                rewardEras,
                embargo,
                trailingWindow,
                sparsityWeight,
                targetKeepRatio,
                entropyWeight,
                learningRate,
                replayWeight,
                replayCapacity,
                replayBatch,
                warmupSteps,
                newSteps,
                checkpointEvery,
                seed,
                groupMode,
                budget,
                standardiseTokens,
                gainTokens,
                imitationSteps,
                predictWindow,
                priorGain);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }

    private static void nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
    }

    private static void positiveReal(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }

    private static void nonNegativeReal(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    name + " must be a finite number >= 0, got " + value);
        }
    }
}
