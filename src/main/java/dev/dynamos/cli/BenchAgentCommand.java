package dev.dynamos.cli;

import dev.dynamos.agent.AgentConfig;
import dev.dynamos.agent.AgentTrainer;
import dev.dynamos.agent.AttentionPolicy;
import dev.dynamos.agent.EraScore;
import dev.dynamos.agent.FeatureTokens;
import dev.dynamos.agent.HeadFactory;
import dev.dynamos.agent.MaskReward;
import dev.dynamos.agent.MaskSampler;
import dev.dynamos.agent.StepReport;
import dev.dynamos.agent.TokenBuilder;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.SynthGenerator;
import dev.dynamos.data.synth.SynthOptions;
import dev.dynamos.data.synth.SyntheticData;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.HeadKind;
import dev.dynamos.heads.Heads;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos bench agent}: the time of one agent training step broken into tokens, policy,
 * booster fits and scoring, on generated data; a fit with dropped features masked to 2 against a
 * fit on the kept columns only; and, optionally, how well a short training run's inference masks
 * recover each regime's informative features.
 */
@Command(
        name = "agent",
        mixinStandardHelpOptions = true,
        description = "Time agent training steps and compare masked with pre-sliced booster fits.")
public final class BenchAgentCommand implements Callable<Integer> {

    private static final double NANOS_PER_SECOND = 1e9;

    @Option(names = "--eras", defaultValue = "200", description = "Generated eras.")
    int eras;

    @Option(names = "--rows", defaultValue = "1000", description = "Rows per era.")
    int rows;

    @Option(names = "--features", defaultValue = "120", description = "Feature columns.")
    int features;

    @Option(names = "--steps", defaultValue = "4", description = "Timed REINFORCE steps.")
    int steps;

    @Option(
            names = "--train-steps",
            defaultValue = "0",
            description = "If > 0, train this many steps in all and report mask recovery.")
    int trainSteps;

    @Option(names = "--trees", defaultValue = "50", description = "Boosting rounds per fit.")
    int trees;

    @Option(names = "--threads", defaultValue = "2", description = "Booster threads.")
    int threads;

    @Option(names = "--seed", defaultValue = "42", description = "Data, agent and booster seed.")
    long seed;

    @Option(
            names = "--set",
            defaultValue = "",
            description = "Agent settings as YAML, such as \"budget: 15\" (see AgentConfig).")
    String settings;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticData data =
                SynthGenerator.generate(new SynthOptions(eras, rows, features, 8, 4, 7.0, seed));
        EraTable table = data.table();
        int[] train = erasOfType(table, DataType.TRAIN);
        HeadFactory heads = () -> Heads.create(HeadKind.XGBOOST, boosterParams());
        AgentConfig config =
                AgentConfig.fromYaml(
                        "warmupSteps: 1\ncheckpointEvery: 0\nseed: "
                                + seed
                                + "\nsteps: "
                                + Math.max(trainSteps, steps + 2)
                                + "\n"
                                + settings.replace(';', '\n'),
                        "--set");
        out.printf(
                "agent config: budget %d, target keep ratio %.2f, sparsity weight %.3f, lr %g%n",
                config.budget(),
                config.targetKeepRatio(),
                config.sparsityWeight(),
                config.learningRate());
        out.printf(
                "data: %d eras after the embargo gap (%d train), %d rows/era, %d features;"
                        + " XGBoost %d trees, %d threads; K=%d, fit window %d eras%n",
                table.eraCount(),
                train.length,
                rows,
                features,
                trees,
                threads,
                config.masksPerStep(),
                config.fitWindow());
        long start = System.nanoTime();
        AgentTrainer trainer =
                new AgentTrainer(
                        table,
                        SynthGenerator.MAIN_TARGET,
                        train,
                        config,
                        heads,
                        EraScore.numeraiCorr());
        out.printf("trainer set-up (statistics, ND4J start, graph): %.2f s%n", seconds(start));
        timeSteps(out, trainer);
        compareMaskedWithSliced(out, table, trainer, heads);
        if (trainSteps > 0) {
            trainer.train(Optional.empty());
            reportRecovery(out, data, trainer);
            reportTokenRanking(out, data, trainer);
            compareOnValidation(out, data, trainer, heads, config);
        }
        out.flush();
        return 0;
    }

    private BoosterParams boosterParams() {
        BoosterParams d = BoosterParams.defaults();
        return new BoosterParams(
                trees,
                0.1,
                d.maxDepth(),
                d.numLeaves(),
                1.0,
                d.minDataInLeaf(),
                d.subsample(),
                d.earlyStoppingRounds(),
                threads,
                seed,
                d.device(),
                d.extra());
    }

    private void timeSteps(PrintWriter out, AgentTrainer trainer) {
        trainer.step();
        trainer.step();
        long[] parts = new long[4];
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            StepReport report = trainer.step();
            parts[0] += report.tokenNanos();
            parts[1] += report.policyNanos();
            parts[2] += report.fitNanos();
            parts[3] += report.scoreNanos();
        }
        double wall = seconds(start);
        long total = parts[0] + parts[1] + parts[2] + parts[3];
        String[] names = {
            "tokens", "policy forward+backward+Adam", "booster fits+predict", "scoring"
        };
        out.printf(
                "one training step, mean of %d (after one warm-up and one untimed step):%n", steps);
        for (int p = 0; p < parts.length; p++) {
            out.printf(
                    "  %-30s %8.3f s  %5.1f%%%n",
                    names[p], parts[p] / NANOS_PER_SECOND / steps, 100.0 * parts[p] / total);
        }
        out.printf("  %-30s %8.3f s  (wall, all parts)%n", "step", wall / steps);
        out.printf("steps per minute: %.1f%n", 60 * steps / wall);
    }

    private void compareMaskedWithSliced(
            PrintWriter out, EraTable table, AgentTrainer trainer, HeadFactory heads) {
        int t = trainer.eligibleEras()[trainer.eligibleEras().length / 2];
        int[] window = trainer.fitWindow(t);
        float[] mask = MaskSampler.bernoulli(uniform(table.featureCount()), 1, new Random(seed))[0];
        int[] kept = MaskSampler.keptPositions(mask);
        int[] all = MaskSampler.keptPositions(MaskSampler.keepAll(table.featureCount()));
        boolean[][] keepFlags = new boolean[window.length][all.length];
        for (boolean[] row : keepFlags) {
            for (int f : kept) {
                row[f] = true;
            }
        }
        EraSlice masked = new EraSlice(table, window, all, Optional.of(keepFlags));
        boolean[][] targetFlags = {keepFlags[0]};
        EraSlice maskedTarget = new EraSlice(table, new int[] {t}, all, Optional.of(targetFlags));
        long start = System.nanoTime();
        float[] maskedPredictions = fitPredict(heads, masked, maskedTarget);
        double maskedSeconds = seconds(start);
        start = System.nanoTime();
        float[] slicedPredictions =
                fitPredict(
                        heads,
                        EraSlice.of(table, window, kept),
                        EraSlice.of(table, new int[] {t}, kept));
        double slicedSeconds = seconds(start);
        double maxDifference = 0;
        for (int r = 0; r < slicedPredictions.length; r++) {
            maxDifference =
                    Math.max(maxDifference, Math.abs(slicedPredictions[r] - maskedPredictions[r]));
        }
        out.printf(
                "masked fit (dropped features set to 2, %d columns): %.3f s;"
                        + " fit on %d kept columns: %.3f s; max |prediction difference| %.3g%n",
                all.length, maskedSeconds, kept.length, slicedSeconds, maxDifference);
    }

    private static float[] fitPredict(HeadFactory heads, EraSlice fit, EraSlice predict) {
        try (Head head = heads.newHead()) {
            head.fit(fit, SynthGenerator.MAIN_TARGET, Optional.empty());
            return head.predict(predict);
        }
    }

    private static void reportRecovery(PrintWriter out, SyntheticData data, AgentTrainer trainer) {
        EraTable table = data.table();
        int[] validation = erasOfType(table, DataType.VALIDATION);
        double recall = 0;
        double precision = 0;
        double keepRatio = 0;
        double spread = 0;
        for (int t : validation) {
            float[] mask = inferenceMask(trainer, t);
            int[] informative = data.regimes().get(data.regimeOfEraIndex(t)).informativeFeatures();
            int hits = 0;
            for (int f : informative) {
                hits += mask[f] > 0 ? 1 : 0;
            }
            int kept = MaskSampler.keptPositions(mask).length;
            recall += hits / (double) informative.length;
            precision += kept == 0 ? 0 : hits / (double) kept;
            keepRatio += MaskSampler.keepRatio(mask);
            spread += probabilitySpread(trainer, t);
        }
        int n = validation.length;
        out.printf(
                "after %d steps, validation eras (%d): mean recall of the regime's informative"
                        + " features %.3f, mean precision %.3f, mean keep ratio %.3f%n",
                trainer.stepsDone(), n, recall / n, precision / n, keepRatio / n);
        out.printf("  mean spread (max - min) of an era's keep probabilities: %.3f%n", spread / n);
    }

    private static double probabilitySpread(AgentTrainer trainer, int t) {
        float[] p =
                trainer.policy()
                        .keepProbabilities(trainer.policy().logits(trainer.tokens().tokens(t)));
        double min = 1;
        double max = 0;
        for (float v : p) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    /**
     * Recall of the regime's informative features among the top features ranked by one token
     * descriptor alone (no learning): an upper reference for what the tokens carry.
     */
    private static void reportTokenRanking(
            PrintWriter out, SyntheticData data, AgentTrainer trainer) {
        int[] validation = erasOfType(data.table(), DataType.VALIDATION);
        int top = trainer.config().budget() > 0 ? trainer.config().budget() : 15;
        TokenBuilder builder = trainer.tokens();
        Map<String, Function<FeatureTokens, double[]>> rankings = new LinkedHashMap<>();
        rankings.put("|trailing mean corr|", t -> absolute(t, TokenBuilder.MEAN_CORR_DESCRIPTOR));
        rankings.put(
                "trailing mean |corr|", t -> absolute(t, TokenBuilder.MEAN_ABS_CORR_DESCRIPTOR));
        rankings.put("latest corr |value|", t -> absolute(t, 7));
        rankings.put("trailing gain share", t -> absolute(t, TokenBuilder.GAIN_DESCRIPTOR));
        rankings.put("the prior (|mean corr| and gain, z-scored)", builder::priorScores);
        double[] recall = new double[rankings.size()];
        for (int t : validation) {
            FeatureTokens tokens = builder.tokens(t);
            int[] informative = data.regimes().get(data.regimeOfEraIndex(t)).informativeFeatures();
            int r = 0;
            for (Function<FeatureTokens, double[]> ranking : rankings.values()) {
                float[] mask = MaskSampler.topK(ranking.apply(tokens), top);
                int hits = 0;
                for (int f : informative) {
                    hits += mask[f] > 0 ? 1 : 0;
                }
                recall[r++] += hits / (double) informative.length / validation.length;
            }
        }
        int r = 0;
        for (String name : rankings.keySet()) {
            out.printf(
                    "token ranking by %s, top %d: mean recall %.3f (chance %.3f)%n",
                    name, top, recall[r++], top / (double) data.table().featureCount());
        }
    }

    private static double[] absolute(FeatureTokens tokens, int descriptor) {
        double[] scores = new double[tokens.featureCount()];
        for (int f = 0; f < scores.length; f++) {
            scores[f] = Math.abs(tokens.get(f, descriptor));
        }
        return scores;
    }

    private void compareOnValidation(
            PrintWriter out,
            SyntheticData data,
            AgentTrainer trainer,
            HeadFactory heads,
            AgentConfig config) {
        EraTable table = data.table();
        int[] validation = erasOfType(table, DataType.VALIDATION);
        MaskReward reward =
                new MaskReward(
                        table, SynthGenerator.MAIN_TARGET, heads, EraScore.numeraiCorr(), config);
        Random random = new Random(seed);
        int[] train = erasOfType(table, DataType.TRAIN);
        double[] dynamic = new double[validation.length];
        double[] all = new double[validation.length];
        double[] randomMask = new double[validation.length];
        double[] oracle = new double[validation.length];
        double[] allLong = new double[validation.length];
        double[] oracleLong = new double[validation.length];
        double[] dynamicLong = new double[validation.length];
        double[] gainLong = new double[validation.length];
        for (int i = 0; i < validation.length; i++) {
            int t = validation[i];
            int[] window = trailingWindow(train, t, config);
            float[] mask = inferenceMask(trainer, t);
            int[] era = {t};
            dynamic[i] = reward.evaluate(mask, window, era).corr();
            all[i] = reward.evaluate(MaskSampler.keepAll(table.featureCount()), window, era).corr();
            int kept = Math.max(1, MaskSampler.keptPositions(mask).length);
            double[] keys = new double[table.featureCount()];
            for (int f = 0; f < keys.length; f++) {
                keys[f] = random.nextDouble();
            }
            randomMask[i] = reward.evaluate(MaskSampler.topK(keys, kept), window, era).corr();
            oracle[i] = reward.evaluate(truthMask(data, t), window, era).corr();
            int[] known = knownTrainEras(train, t, config);
            allLong[i] =
                    reward.evaluate(MaskSampler.keepAll(table.featureCount()), known, era).corr();
            oracleLong[i] = reward.evaluate(truthMask(data, t), known, era).corr();
            dynamicLong[i] = reward.evaluate(mask, known, era).corr();
            gainLong[i] = reward.evaluate(priorTopK(trainer, t, kept), known, era).corr();
        }
        out.printf(
                "validation CORR over %d eras (fit on the %d train eras before t - embargo):%n",
                validation.length, config.fitWindow());
        out.printf(
                "  dynamic mean %.4f, all features %.4f, random mask (same size) %.4f%n",
                mean(dynamic), mean(all), mean(randomMask));
        out.printf("  oracle mask (the true regime's informative features) %.4f%n", mean(oracle));
        out.printf(
                "  fitted on every train era known at t: all features %.4f, oracle mask %.4f,"
                        + " dynamic %.4f, top-k prior (trailing evidence) %.4f%n",
                mean(allLong), mean(oracleLong), mean(dynamicLong), mean(gainLong));
        out.printf("  every known era, dynamic - all features: %s%n", paired(dynamicLong, allLong));
        out.printf("  every known era, dynamic - top-k prior: %s%n", paired(dynamicLong, gainLong));
        out.printf("  dynamic - all features: %s%n", paired(dynamic, all));
        out.printf("  dynamic - random mask:  %s%n", paired(dynamic, randomMask));
    }

    /** The mask that keeps exactly the informative features of era t's true regime. */
    private static float[] truthMask(SyntheticData data, int t) {
        float[] mask = new float[data.table().featureCount()];
        for (int f : data.regimes().get(data.regimeOfEraIndex(t)).informativeFeatures()) {
            mask[f] = 1f;
        }
        return mask;
    }

    private static float[] inferenceMask(AgentTrainer trainer, int t) {
        AttentionPolicy policy = trainer.policy();
        float[] logits = policy.logits(trainer.tokens().tokens(t));
        return policy.inferenceMask(logits, trainer.config().budget());
    }

    /** The top k features by the agent's prior, the mask imitation starts the policy from. */
    private static float[] priorTopK(AgentTrainer trainer, int t, int k) {
        TokenBuilder tokens = trainer.tokens();
        return MaskSampler.topK(tokens.priorScores(tokens.tokens(t)), k);
    }

    private static int[] knownTrainEras(int[] train, int t, AgentConfig config) {
        int last = t - config.embargo();
        int end = 0;
        while (end < train.length && train[end] <= last) {
            end++;
        }
        return Arrays.copyOfRange(train, 0, end);
    }

    private static int[] trailingWindow(int[] train, int t, AgentConfig config) {
        int[] known = knownTrainEras(train, t, config);
        return Arrays.copyOfRange(
                known, Math.max(0, known.length - config.fitWindow()), known.length);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static String paired(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        double m = mean(d);
        double squares = 0;
        for (double v : d) {
            squares += (v - m) * (v - m);
        }
        double se = Math.sqrt(squares / (d.length - 1) / d.length);
        return String.format("mean %.4f, se %.4f, t %.2f", m, se, m / se);
    }

    private static int[] erasOfType(EraTable table, DataType type) {
        List<Integer> result = new ArrayList<>();
        for (int e = 0; e < table.eraCount(); e++) {
            if (table.dataType(table.eraStart(e)) == type) {
                result.add(e);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[] uniform(int n) {
        float[] p = new float[n];
        Arrays.fill(p, 0.5f);
        return p;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    }
}
