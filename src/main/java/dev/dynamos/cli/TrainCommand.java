package dev.dynamos.cli;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.io.ReadOptions;
import dev.dynamos.experiment.DataFingerprint;
import dev.dynamos.experiment.RunConfig;
import dev.dynamos.experiment.RunConfigs;
import dev.dynamos.experiment.TrainingRun;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.Heads;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos train}: cross-validates a tree baseline on the training eras, fits the final
 * model, predicts the validation eras and writes a run folder; prints the folder on stdout.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description =
                "Train a tree baseline with era-wise cross-validation and write a run folder.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "Run config YAML (see configs/).")
    Path config;

    @Option(names = "--data", description = "Data folder or file; overrides data.path.")
    String data;

    @Option(names = "--name", description = "Run name; overrides the config's name.")
    String name;

    @Option(
            names = "--experiments",
            defaultValue = "experiments",
            description = "Root folder of run folders (default: ${DEFAULT-VALUE}).")
    Path experiments;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RunConfig run = RunConfigs.read(config);
        if (data != null) {
            run = run.withDataPath(data);
        }
        if (name != null) {
            run = run.withName(name);
        }
        // Fails on an unusable device before the data is read.
        if (run.device() != Device.AUTO) {
            Heads.resolveDevice(run.head().kind(), run.device());
        }
        Path input = Path.of(run.data().path());
        EraTable table = NumeraiReader.read(input, readOptions(run));
        DataFingerprint fingerprint =
                DataFingerprint.of(
                        NumeraiReader.dataFiles(input),
                        table.rows(),
                        table.eraCount(),
                        table.featureCount());
        Path folder =
                TrainingRun.run(run, table, fingerprint, experiments, new ConsoleProgress("train"));
        spec.commandLine().getOut().println(folder);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static ReadOptions readOptions(RunConfig run) {
        return ReadOptions.defaults()
                .withFeatureSet(run.data().featureSet())
                .withEveryKthEra(run.data().everyKthEra())
                .withDataTypes(EnumSet.of(DataType.TRAIN, DataType.VALIDATION))
                .withTargets(List.of(run.data().target()));
    }
}
