package dev.dynamos.cli;

import dev.dynamos.data.synth.SynthOptions;
import dev.dynamos.experiment.SynthCheck;
import dev.dynamos.experiment.SynthCheckOptions;
import dev.dynamos.experiment.SynthCheckResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos bench synth-check}: compares a static booster with regime-aware boosters on
 * synthetic data, for one or more noise levels side by side.
 */
@Command(
        name = "synth-check",
        mixinStandardHelpOptions = true,
        description = {
            "Generate synthetic data and report validation CORR of a static XGBoost booster,"
                    + " of one booster per true regime, and of the noise-free regime signal"
                    + " (oracle)."
        })
public final class BenchSynthCheckCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--eras", description = "Eras (default: ${DEFAULT-VALUE}).")
    int eras = SynthOptions.DEFAULT_ERAS;

    @Option(names = "--rows-per-era", description = "Rows per era (default: ${DEFAULT-VALUE}).")
    int rowsPerEra = SynthOptions.DEFAULT_ROWS_PER_ERA;

    @Option(names = "--features", description = "Features (default: ${DEFAULT-VALUE}).")
    int features = SynthOptions.DEFAULT_FEATURES;

    @Option(names = "--groups", description = "Feature groups (default: ${DEFAULT-VALUE}).")
    int groups = SynthOptions.DEFAULT_GROUPS;

    @Option(names = "--regimes", description = "Regimes (default: ${DEFAULT-VALUE}).")
    int regimes = SynthOptions.DEFAULT_REGIMES;

    @Option(
            names = "--noise",
            split = ",",
            description = "Relative target noise levels to compare (default: the generator's).")
    List<Double> noises = List.of(SynthOptions.DEFAULT_NOISE);

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SynthOptions.DEFAULT_SEED;

    @Option(names = "--trees", description = "Boosting rounds (default: ${DEFAULT-VALUE}).")
    int trees = SynthCheckOptions.DEFAULT_NUM_TREES;

    @Option(names = "--depth", description = "Tree depth (default: ${DEFAULT-VALUE}).")
    int depth = SynthCheckOptions.DEFAULT_MAX_DEPTH;

    @Option(names = "--learning-rate", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate = SynthCheckOptions.DEFAULT_LEARNING_RATE;

    @Option(
            names = "--colsample",
            description = "Column sampling per tree (default: ${DEFAULT-VALUE}).")
    double colsample = SynthCheckOptions.DEFAULT_COLSAMPLE_BY_TREE;

    @Option(names = "--threads", description = "Booster threads (default: ${DEFAULT-VALUE}).")
    int threads = SynthCheckOptions.DEFAULT_THREADS;

    @Override
    public Integer call() {
        SynthCheckOptions boosterOptions = boosterOptions();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "synth-check: %d eras x %d rows x %d features, %d regimes, seed %d; XGBoost %d"
                        + " trees, depth %d, lr %.3f, colsample %.2f%n",
                eras, rowsPerEra, features, regimes, seed, trees, depth, learningRate, colsample);
        out.printf(
                "%8s %6s %12s %12s %10s %10s %8s%n",
                "noise", "eras", "static_corr", "regime_corr", "ratio", "oracle", "seconds");
        for (double noise : noises) {
            SynthCheckResult result = SynthCheck.run(dataOptions(noise), boosterOptions);
            out.printf(
                    "%8.2f %6d %12.4f %12.4f %10.2f %10.4f %8.1f%n",
                    result.noise(),
                    result.validationEras(),
                    result.staticCorr(),
                    result.regimeAwareCorr(),
                    result.regimeAdvantage(),
                    result.oracleCorr(),
                    result.seconds());
            out.flush();
        }
        return 0;
    }

    private SynthOptions dataOptions(double noise) {
        try {
            return new SynthOptions(eras, rowsPerEra, features, groups, regimes, noise, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private SynthCheckOptions boosterOptions() {
        try {
            return new SynthCheckOptions(trees, depth, learningRate, colsample, threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
