package dev.dynamos.cli;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.SynthGenerator;
import dev.dynamos.data.synth.SynthOptions;
import dev.dynamos.data.synth.SynthWriter;
import dev.dynamos.data.synth.SyntheticData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dynamos data synth}: writes a synthetic Numerai version with a known hidden regime. */
@Command(
        name = "synth",
        mixinStandardHelpOptions = true,
        description = {
            "Write a synthetic Numerai-layout version folder (train, validation, live Parquet,"
                    + " features.json) whose target depends on a hidden regime, plus truth.json."
        })
public final class DataSynthCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DataSynthCommand.class);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, description = "Folder to create.")
    Path out;

    @Option(
            names = "--eras",
            description =
                    "Eras from the first train era to the last validation era "
                            + "(default: ${DEFAULT-VALUE}).")
    int eras = SynthOptions.DEFAULT_ERAS;

    @Option(names = "--rows-per-era", description = "Rows per era (default: ${DEFAULT-VALUE}).")
    int rowsPerEra = SynthOptions.DEFAULT_ROWS_PER_ERA;

    @Option(names = "--features", description = "Feature columns (default: ${DEFAULT-VALUE}).")
    int features = SynthOptions.DEFAULT_FEATURES;

    @Option(names = "--groups", description = "Feature groups (default: ${DEFAULT-VALUE}).")
    int groups = SynthOptions.DEFAULT_GROUPS;

    @Option(names = "--regimes", description = "Hidden regimes (default: ${DEFAULT-VALUE}).")
    int regimes = SynthOptions.DEFAULT_REGIMES;

    @Option(
            names = "--noise",
            description = "Target noise relative to the signal (default: ${DEFAULT-VALUE}).")
    double noise = SynthOptions.DEFAULT_NOISE;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SynthOptions.DEFAULT_SEED;

    @Option(names = "--force", description = "Replace the folder when it exists.")
    boolean force;

    @Override
    public Integer call() {
        SynthOptions options = options();
        AtomicOutput.requireWritable(out, force);
        long started = System.nanoTime();
        SyntheticData data = SynthGenerator.generate(options);
        LOG.info("generated {} rows in {} ms", data.table().rows(), millisSince(started));

        SynthWriter.write(data, out, force);
        LOG.info("wrote {} in {} ms", out, millisSince(started));

        EraTable table = data.table();
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s: %d rows, %d eras, %d features, %d regimes, seed %d%n",
                        out,
                        table.rows(),
                        table.eraCount(),
                        table.featureCount(),
                        options.regimes(),
                        options.seed());
        return 0;
    }

    private SynthOptions options() {
        try {
            return new SynthOptions(eras, rowsPerEra, features, groups, regimes, noise, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad_option", "data synth: " + e.getMessage(), e);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
