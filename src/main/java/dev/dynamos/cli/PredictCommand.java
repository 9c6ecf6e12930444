package dev.dynamos.cli;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.io.ReadOptions;
import dev.dynamos.experiment.ComparisonOutputs;
import dev.dynamos.experiment.RunConfig;
import dev.dynamos.experiment.RunConfigs;
import dev.dynamos.experiment.TrainingRun;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.Heads;
import dev.dynamos.submission.SubmissionRanker;
import dev.dynamos.submission.SubmissionValidation;
import dev.dynamos.submission.SubmissionWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos predict}: loads a run's model, predicts the rows of one data type, ranks them per
 * era into (0, 1) and writes a validated {@code id,prediction} submission CSV.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Predict with a trained run and write a submission CSV (id,prediction).")
public final class PredictCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, description = "Run folder written by train.")
    Path run;

    @Option(names = "--data", required = true, description = "Data folder or file to predict.")
    Path data;

    @Option(names = "--out", required = true, description = "Submission CSV to write.")
    Path out;

    @Option(
            names = "--data-type",
            defaultValue = "live",
            description = "Rows to predict: live, validation, test, train or all (default live).")
    String dataType;

    @Option(names = "--force", description = "Replace --out when it exists.")
    boolean force;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AtomicOutput.requireWritable(out, force);
        checkRunFolder();
        RunConfig config = RunConfigs.read(run.resolve(TrainingRun.CONFIG));
        EraTable table =
                NumeraiReader.read(
                        data,
                        ReadOptions.defaults()
                                .withFeatureSet(config.data().featureSet())
                                .withDataTypes(dataTypes(dataType)));
        if (table.rows() == 0) {
            throw new BadInputException(
                    "no_rows", data + " holds no rows of data_type " + dataType);
        }
        double[] ranked = predictAndRank(config, table);
        String[] ids = new String[table.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = table.id(r);
        }
        SubmissionValidation validation = SubmissionWriter.write(out, ids, ranked, force);
        spec.commandLine().getOut().println("wrote " + out + " (" + validation.rows() + " rows)");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Names what is wrong with {@code --run} when it is not a folder written by train. */
    private void checkRunFolder() {
        if (!Files.isDirectory(run)) {
            throw new BadInputException(
                    "missing_file", "run folder " + run + " does not exist (--run)");
        }
        if (Files.exists(run.resolve(ComparisonOutputs.COMPARISON_TABLE))) {
            throw new BadInputException(
                    "bad_run",
                    run
                            + " is a comparison run (dynamos compare), which already holds the"
                            + " live submission "
                            + run.resolve("submission.csv")
                            + "; predict needs a run folder written by dynamos train");
        }
        if (!Files.exists(run.resolve(TrainingRun.CONFIG))) {
            throw new BadInputException(
                    "bad_run",
                    run
                            + " is not a run folder written by dynamos train: it has no "
                            + TrainingRun.CONFIG);
        }
    }

    private double[] predictAndRank(RunConfig config, EraTable table) {
        Path model = run.resolve(config.head().kind().modelFileName());
        int[] eras = new int[table.eraCount()];
        for (int e = 0; e < eras.length; e++) {
            eras[e] = e;
        }
        try (Head head = Heads.load(model)) {
            float[] predictions = predictOrExplain(head, EraSlice.allFeatures(table, eras));
            double[] values = new double[predictions.length];
            for (int r = 0; r < values.length; r++) {
                values[r] = predictions[r];
            }
            return SubmissionRanker.rankPerEra(values, table);
        }
    }

    private float[] predictOrExplain(Head head, EraSlice slice) {
        try {
            return head.predict(slice);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "feature_mismatch",
                    data
                            + " does not give the features the model in "
                            + run
                            + " was trained on ("
                            + e.getMessage()
                            + "); use the same data version as the run",
                    e);
        }
    }

    private static Set<DataType> dataTypes(String value) {
        if (value.equals("all")) {
            return EnumSet.allOf(DataType.class);
        }
        try {
            return EnumSet.of(DataType.parse(value));
        } catch (BadInputException e) {
            throw new BadInputException(
                    "bad_option",
                    "--data-type must be live, validation, test, train or all, got '"
                            + value
                            + "'");
        }
    }
}
