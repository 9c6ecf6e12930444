package dev.dynamos.cli;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.io.ReadOptions;
import dev.dynamos.data.synth.SynthTruth;
import dev.dynamos.experiment.CompareConfig;
import dev.dynamos.experiment.Comparison;
import dev.dynamos.experiment.ComparisonOutputs;
import dev.dynamos.experiment.ComparisonRun;
import dev.dynamos.experiment.ModelEraScores;
import dev.dynamos.experiment.RunConfigs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos compare}: trains the agent and runs every comparison row on the same eras, then
 * writes a run folder with {@code comparison.md}, {@code report.html} and a submission; prints the
 * folder and the table on stdout.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description =
                "Train the agent and compare it with the baselines and controls on the same eras.")
public final class CompareCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--config", required = true, description = "Comparison config YAML.")
    Path config;

    @Option(names = "--data", description = "Data folder; overrides data.path.")
    String data;

    @Option(names = "--name", description = "Run name; overrides the config's name.")
    String name;

    @Option(
            names = "--resume",
            description = "Continue the agent from the latest checkpoint of this run name.")
    boolean resume;

    @Option(
            names = "--experiments",
            defaultValue = "experiments",
            description = "Root folder of run folders (default: ${DEFAULT-VALUE}).")
    Path experiments;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CompareConfig compare = RunConfigs.read(config, CompareConfig.class);
        // Checked here, before any data is read or folder made, so that an error names the file.
        compare.agentConfig(config.toString());
        if (data != null) {
            compare = compare.withDataPath(data);
        }
        if (name != null) {
            compare = compare.withName(name);
        }
        Path input = Path.of(compare.data().path());
        EraTable table = NumeraiReader.read(input, readOptions(compare));
        Path folder = runAndWrite(compare, table, truthOf(input));
        PrintWriter out = spec.commandLine().getOut();
        out.println(folder);
        out.flush();
        return 0;
    }

    /**
     * Runs a comparison and writes its run folder.
     *
     * @param compare the config
     * @param table the loaded data
     * @param truth the generator's truth for synthetic data
     * @return the run folder
     */
    Path runAndWrite(CompareConfig compare, EraTable table, Optional<SynthTruth> truth) {
        Path root = experiments.resolve(compare.name());
        Path checkpoints = root.resolve("checkpoints");
        Path destination = root.resolve(LocalDateTime.now().format(STAMP) + "-compare");
        Path temporary = AtomicOutput.prepare(destination, false);
        try {
            Files.createDirectories(temporary);
            ComparisonRun.Outcome outcome =
                    ComparisonRun.run(
                            compare,
                            table,
                            checkpoints,
                            resume,
                            new ConsoleProgress("compare"),
                            truth);
            ComparisonOutputs outputs = new ComparisonOutputs(compare, table, outcome);
            List<ModelEraScores> scores = outputs.score();
            Comparison comparison = outputs.write(temporary, scores, truth);
            AtomicOutput.commit(temporary, destination);
            PrintWriter out = spec.commandLine().getOut();
            out.println(comparison.toMarkdown());
            return destination;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run folder " + temporary, e);
        } finally {
            AtomicOutput.discard(temporary);
        }
    }

    static ReadOptions readOptions(CompareConfig compare) {
        return ReadOptions.defaults()
                .withFeatureSet(compare.data().featureSet())
                .withEveryKthEra(compare.data().everyKthEra())
                .withDataTypes(EnumSet.of(DataType.TRAIN, DataType.VALIDATION, DataType.LIVE))
                .withTargets(List.of(compare.data().target()));
    }

    private static Optional<SynthTruth> truthOf(Path input) {
        Path truth = Files.isDirectory(input) ? input.resolve("truth.json") : Path.of("none");
        return Files.isRegularFile(truth) ? Optional.of(SynthTruth.read(truth)) : Optional.empty();
    }
}
