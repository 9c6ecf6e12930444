package dev.dynamos.experiment;

import dev.dynamos.agent.AgentConfig;
import dev.dynamos.agent.AgentTrainer;
import dev.dynamos.agent.DynamicSelection;
import dev.dynamos.agent.EraScore;
import dev.dynamos.agent.EraStatistics;
import dev.dynamos.agent.HeadFactory;
import dev.dynamos.agent.JointMlpTrainer;
import dev.dynamos.agent.MaskSampler;
import dev.dynamos.agent.StepReport;
import dev.dynamos.agent.TokenBuilder;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.SynthTruth;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.Heads;
import dev.dynamos.heads.MlpHead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every row of the comparison on the same data and eras: the static booster on all features,
 * Numerai's standard booster, the booster with the agent's per-era masks and its controls (all
 * features, a random mask, one static mask and the top-k by trailing CORR, all with the agent's
 * walk-forward window), and the MLP head with and without the agent's masks.
 *
 * <p>Every row is scored on the same validation eras; in-sample CORR is scored on evenly spaced
 * training eras the agent could draw. Nothing predicted for era t is fitted on targets of eras
 * after {@code t - embargo}.
 */
public final class ComparisonRun {

    /** Name of the reference row: the booster on all features, fitted on all training eras. */
    public static final String STATIC_BOOSTER = "booster_all";

    /** Name of the row that uses the agent's per-era masks. */
    public static final String AGENT_BOOSTER = "booster_agent";

    /** Name of the walk-forward booster on all features, the agent's direct control. */
    public static final String WINDOW_BOOSTER = "booster_window_all";

    /**
     * Name of a ceiling on synthetic data, not a model: the walk-forward booster on exactly the
     * informative features of era t's true regime, which no model can know at t.
     */
    public static final String TRUTH_MASK = "ceiling_truth_mask";

    /**
     * Name of the ceiling a selector without look-ahead could reach at best: the informative
     * features of the true regime of era t minus the embargo, the newest era whose targets are
     * known at t. It pays for the regime switches within the embargo.
     */
    public static final String LAGGED_TRUTH_MASK = "ceiling_truth_mask_lagged";

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRun.class);

    private final CompareConfig config;
    private final EraTable table;
    private final String target;
    private final ComparisonEras eras;
    private final HeadFactory boosters;
    private final RunProgress progress;
    private final AgentConfig agentConfig;
    private final Optional<SynthTruth> truth;

    /**
     * The eras of a comparison by role.
     *
     * @param train training eras (fit the static rows, train the agent)
     * @param validation validation eras with targets (every row is scored on them)
     * @param inSample training eras scored for in-sample CORR
     * @param live live eras (predicted for the submission)
     */
    public record ComparisonEras(int[] train, int[] validation, int[] inSample, int[] live) {}

    /**
     * What one row produced.
     *
     * @param name row name
     * @param validation predictions of the validation rows, in era order
     * @param inSample predictions of the in-sample rows, in era order
     * @param keepMasks per validation era, which features were kept (absent for unmasked rows)
     */
    public record RowPredictions(
            String name, float[] validation, float[] inSample, Optional<boolean[][]> keepMasks) {}

    /**
     * Everything a comparison produced, before scoring.
     *
     * @param eras the eras by role
     * @param rows one entry per row, the static booster first
     * @param steps the agent's training steps
     * @param agentValidationMasks the agent's mask per validation era
     * @param livePredictions the agent booster's predictions of the live rows
     */
    public record Outcome(
            ComparisonEras eras,
            List<RowPredictions> rows,
            List<StepReport> steps,
            boolean[][] agentValidationMasks,
            float[] livePredictions) {}

    private ComparisonRun(
            CompareConfig config,
            EraTable table,
            RunProgress progress,
            Optional<SynthTruth> truth) {
        this.config = config;
        this.truth = truth;
        this.table = table;
        this.target = config.data().target();
        this.progress = progress;
        this.agentConfig = config.agentConfig();
        Device device = Heads.resolveDevice(config.booster().kind(), config.device());
        BoosterParams params =
                config.booster().params().toBoosterParams(config.threads(), config.seed(), device);
        this.boosters = () -> Heads.create(config.booster().kind(), params);
        this.eras = erasOf(table, target, config.inSampleEras(), agentConfig);
    }

    /**
     * Trains the agent and predicts every row.
     *
     * @param config the comparison
     * @param table train, validation and live rows restricted to the config's feature set
     * @param checkpoints folder of agent checkpoints
     * @param resume continue from the latest checkpoint in {@code checkpoints}
     * @param progress receives one step per row
     * @param truth the generator's truth when the data is synthetic: adds the ceiling rows {@link
     *     #TRUTH_MASK} and {@link #LAGGED_TRUTH_MASK}
     * @return the predictions of every row
     */
    public static Outcome run(
            CompareConfig config,
            EraTable table,
            Path checkpoints,
            boolean resume,
            RunProgress progress,
            Optional<SynthTruth> truth) {
        return new ComparisonRun(config, table, progress, truth).execute(checkpoints, resume);
    }

    private Outcome execute(Path checkpoints, boolean resume) {
        progress.start(truth.isPresent() ? 14 : 12);
        List<StepReport> steps = new ArrayList<>();
        AgentTrainer trainer = trainAgent(checkpoints, resume, steps);
        progress.stepDone("agent trained for " + trainer.stepsDone() + " steps");

        int[] fitEras = union(eras.train(), eras.validation());
        AgentConfig agent = agentConfig;
        MaskedWindowPredictor windowed =
                new MaskedWindowPredictor(
                        table, target, fitEras, predictWindow(agent), agent.embargo(), boosters);
        try (DynamicSelection selection =
                DynamicSelection.trailing(table, target, trainer, boosters, fitEras)) {
            List<RowPredictions> rows = new ArrayList<>();
            rows.add(staticRow(STATIC_BOOSTER, boosters));
            rows.add(staticRow("booster_standard", standardBooster()));
            rows.add(windowRow(WINDOW_BOOSTER, windowed, t -> allFeatures(), false));
            rows.add(windowRow(AGENT_BOOSTER, windowed, t -> kept(selection.mask(t)), true));
            int budget = meanKeptCount(rows.get(3).keepMasks().orElseThrow());
            rows.add(randomMaskRow(windowed, budget));
            rows.add(staticMaskRow(windowed, trainer, budget));
            rows.add(topKRow(windowed, budget));
            rows.add(topPriorRow(windowed, trainer, budget));
            truth.ifPresent(known -> rows.addAll(truthRows(windowed, known)));
            rows.add(mlpRow("mlp_all"));
            rows.add(jointMlpRow("mlp_agent", trainer));
            float[] live = windowed.predict(eras.live(), t -> kept(selection.mask(t)));
            progress.stepDone("predicted " + eras.live().length + " live era(s)");
            return new Outcome(eras, rows, steps, rows.get(3).keepMasks().orElseThrow(), live);
        }
    }

    private AgentTrainer trainAgent(Path checkpoints, boolean resume, List<StepReport> steps) {
        EraScore score = EraScore.numeraiCorr();
        AgentTrainer trainer;
        if (resume && Files.isDirectory(checkpoints)) {
            trainer =
                    AgentTrainer.resume(checkpoints, table, target, eras.train(), boosters, score);
            LOG.info("resumed the agent at step {} from {}", trainer.stepsDone(), checkpoints);
        } else {
            trainer = new AgentTrainer(table, target, eras.train(), agentConfig, boosters, score);
        }
        steps.addAll(trainer.train(Optional.of(checkpoints)));
        return trainer;
    }

    private RowPredictions staticRow(String name, HeadFactory heads) {
        int[] all = allFeatures();
        try (Head head = heads.newHead()) {
            head.fit(EraSlice.of(table, eras.train(), all), target, Optional.empty());
            float[] validation = head.predict(EraSlice.of(table, eras.validation(), all));
            float[] inSample = head.predict(EraSlice.of(table, eras.inSample(), all));
            progress.stepDone(name);
            return new RowPredictions(name, validation, inSample, Optional.empty());
        }
    }

    private HeadFactory standardBooster() {
        RunConfig.HeadOptions standard = config.standard();
        Device device = Heads.resolveDevice(standard.kind(), config.device());
        BoosterParams params =
                standard.params().toBoosterParams(config.threads(), config.seed(), device);
        return () -> Heads.create(standard.kind(), params);
    }

    private RowPredictions windowRow(
            String name,
            MaskedWindowPredictor windowed,
            IntFunction<int[]> keptOfEra,
            boolean recordMasks) {
        float[] validation = windowed.predict(eras.validation(), keptOfEra);
        float[] inSample = windowed.predict(eras.inSample(), keptOfEra);
        Optional<boolean[][]> masks =
                recordMasks ? Optional.of(masksOf(eras.validation(), keptOfEra)) : Optional.empty();
        progress.stepDone(name);
        return new RowPredictions(name, validation, inSample, masks);
    }

    private RowPredictions randomMaskRow(MaskedWindowPredictor windowed, int budget) {
        Random random = new Random(config.seed());
        int[][] validationMasks = randomMasks(eras.validation().length, budget, random);
        int[][] inSampleMasks = randomMasks(eras.inSample().length, budget, random);
        RowPredictions row =
                windowRow(
                        "booster_random_mask",
                        windowed,
                        t -> pick(t, validationMasks, inSampleMasks),
                        true);
        return row;
    }

    private int[] pick(int t, int[][] validationMasks, int[][] inSampleMasks) {
        int v = Arrays.binarySearch(eras.validation(), t);
        return v >= 0 ? validationMasks[v] : inSampleMasks[Arrays.binarySearch(eras.inSample(), t)];
    }

    private int[][] randomMasks(int count, int budget, Random random) {
        int[][] masks = new int[count][];
        for (int i = 0; i < count; i++) {
            double[] keys = new double[table.featureCount()];
            for (int f = 0; f < keys.length; f++) {
                keys[f] = random.nextDouble();
            }
            masks[i] = kept(MaskSampler.topK(keys, budget));
        }
        return masks;
    }

    private RowPredictions staticMaskRow(
            MaskedWindowPredictor windowed, AgentTrainer trainer, int budget) {
        double[] meanKeep = new double[table.featureCount()];
        for (int t : trainer.eligibleEras()) {
            float[] p =
                    trainer.policy()
                            .keepProbabilities(trainer.policy().logits(trainer.tokens().tokens(t)));
            for (int f = 0; f < p.length; f++) {
                meanKeep[f] += p[f] / trainer.eligibleEras().length;
            }
        }
        int[] mask = kept(MaskSampler.topK(meanKeep, budget));
        return windowRow("booster_static_mask", windowed, t -> mask, true);
    }

    private RowPredictions topKRow(MaskedWindowPredictor windowed, int budget) {
        EraStatistics stats = EraStatistics.compute(table, target);
        AgentConfig agent = agentConfig;
        return windowRow(
                "booster_top_k_trailing",
                windowed,
                t -> kept(MaskSampler.topK(trailingAbsCorr(stats, t, agent), budget)),
                true);
    }

    /**
     * The top features by the agent's prior, its trailing evidence ({@link
     * TokenBuilder#priorScores}): what the policy starts from after imitation.
     */
    private RowPredictions topPriorRow(
            MaskedWindowPredictor windowed, AgentTrainer trainer, int budget) {
        return windowRow(
                "booster_top_k_prior",
                windowed,
                t -> {
                    TokenBuilder tokens = trainer.tokens();
                    return kept(MaskSampler.topK(tokens.priorScores(tokens.tokens(t)), budget));
                },
                true);
    }

    /**
     * The two ceilings from the generator's truth ({@link #TRUTH_MASK}, {@link
     * #LAGGED_TRUTH_MASK}); features of the truth outside the loaded feature set are left out.
     */
    private List<RowPredictions> truthRows(MaskedWindowPredictor windowed, SynthTruth known) {
        java.util.Map<Integer, int[]> informative = new java.util.HashMap<>();
        for (SynthTruth.RegimeTruth regime : known.regimes()) {
            informative.put(
                    regime.index(),
                    regime.informativeFeatures().stream()
                            .mapToInt(table.featureNames()::indexOf)
                            .filter(f -> f >= 0)
                            .sorted()
                            .toArray());
        }
        int lag = agentConfig.embargo();
        return List.of(
                windowRow(
                        TRUTH_MASK,
                        windowed,
                        t -> informative.get(known.regimeOf(table.era(t))),
                        true),
                windowRow(
                        LAGGED_TRUTH_MASK,
                        windowed,
                        t -> informative.get(known.regimeOf(Math.max(1, table.era(t) - lag))),
                        true));
    }

    private static int predictWindow(AgentConfig agent) {
        return agent.predictWindow() > 0 ? agent.predictWindow() : Integer.MAX_VALUE;
    }

    /** Mean |per-era CORR| of each feature over the trailing eras whose targets are known at t. */
    private double[] trailingAbsCorr(EraStatistics stats, int t, AgentConfig agent) {
        int last = t - agent.embargo();
        int first = Math.max(0, last - agent.trailingWindow() + 1);
        double[] score = new double[table.featureCount()];
        for (int f = 0; f < score.length; f++) {
            double sum = 0;
            int n = 0;
            for (int s = first; s <= last; s++) {
                double c = stats.correlation(s, f);
                if (!Double.isNaN(c)) {
                    sum += c;
                    n++;
                }
            }
            score[f] = n == 0 ? 0 : Math.abs(sum / n);
        }
        return score;
    }

    private RowPredictions mlpRow(String name) {
        int[] all = allFeatures();
        int split = Math.max(1, eras.train().length * 9 / 10);
        int[] fit = Arrays.copyOfRange(eras.train(), 0, split);
        int[] stop = Arrays.copyOfRange(eras.train(), split, eras.train().length);
        try (MlpHead head = new MlpHead(config.seededMlp())) {
            Optional<EraSlice> early =
                    stop.length == 0
                            ? Optional.empty()
                            : Optional.of(EraSlice.of(table, stop, all));
            head.fit(EraSlice.of(table, fit, all), target, early);
            float[] validation = head.predict(EraSlice.of(table, eras.validation(), all));
            float[] inSample = head.predict(EraSlice.of(table, eras.inSample(), all));
            progress.stepDone(name);
            return new RowPredictions(name, validation, inSample, Optional.empty());
        }
    }

    /**
     * The MLP with its own agent, trained together on the stream of training eras ({@link
     * JointMlpTrainer}); the policy reads the same tokens as the booster's agent.
     */
    private RowPredictions jointMlpRow(String name, AgentTrainer boosterAgent) {
        try (JointMlpTrainer joint =
                new JointMlpTrainer(
                        table,
                        target,
                        eras.train(),
                        agentConfig,
                        config.seededMlp(),
                        boosterAgent.tokens(),
                        EraScore.numeraiCorr())) {
            joint.train();
            float[] validation = joint.predict(eras.validation());
            float[] inSample = joint.predict(eras.inSample());
            boolean[][] masks = masksOf(eras.validation(), t -> kept(joint.mask(t)));
            progress.stepDone(name);
            return new RowPredictions(name, validation, inSample, Optional.of(masks));
        }
    }

    private boolean[][] masksOf(int[] eraIndices, IntFunction<int[]> keptOfEra) {
        boolean[][] masks = new boolean[eraIndices.length][table.featureCount()];
        for (int i = 0; i < eraIndices.length; i++) {
            for (int f : keptOfEra.apply(eraIndices[i])) {
                masks[i][f] = true;
            }
        }
        return masks;
    }

    private static int meanKeptCount(boolean[][] masks) {
        double total = 0;
        for (boolean[] mask : masks) {
            for (boolean keep : mask) {
                total += keep ? 1 : 0;
            }
        }
        return Math.max(1, (int) Math.round(total / masks.length));
    }

    private int[] allFeatures() {
        return IntStream.range(0, table.featureCount()).toArray();
    }

    private static int[] kept(float[] mask) {
        return MaskSampler.keptPositions(mask);
    }

    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
    }

    private static ComparisonEras erasOf(
            EraTable table, String target, int inSampleCount, AgentConfig agent) {
        RunEras roles = RunEras.of(table);
        int[] validation =
                Arrays.stream(roles.validation())
                        .filter(e -> hasTargets(table, e, target))
                        .toArray();
        int[] live =
                IntStream.range(0, table.eraCount())
                        .filter(e -> table.dataType(table.eraStart(e)) == DataType.LIVE)
                        .toArray();
        int first = Math.min(roles.train().length - 1, agent.fitWindow() + agent.embargo());
        int[] candidates =
                Arrays.copyOfRange(roles.train(), Math.max(0, first), roles.train().length);
        return new ComparisonEras(
                roles.train(), validation, evenlySpaced(candidates, inSampleCount), live);
    }

    private static boolean hasTargets(EraTable table, int era, String target) {
        float[] values = table.target(target);
        for (int r = table.eraStart(era); r < table.eraEnd(era); r++) {
            if (!Float.isNaN(values[r])) {
                return true;
            }
        }
        return false;
    }

    private static int[] evenlySpaced(int[] candidates, int count) {
        if (candidates.length <= count) {
            return candidates.clone();
        }
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = candidates[(int) ((long) i * candidates.length / count)];
        }
        return picked;
    }
}
