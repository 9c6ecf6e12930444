package dev.dynamos.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.EraTable;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.Heads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a tree baseline end to end and writes its run folder.
 *
 * <p>Steps: split the training eras into folds and collect out-of-fold predictions; fit the final
 * head on every training era; predict the validation eras; score both; write the folder {@code
 * <experiments>/<name>/<yyyyMMdd-HHmmss>-<id>/} under a temporary name and rename it into place.
 * The folder holds {@code config.yaml}, {@code data.json}, {@code run.json}, the model ({@code
 * model.json} or {@code model.txt}), {@code oof_predictions.parquet}, {@code
 * validation_predictions.parquet}, {@code metrics.json}, {@code per_era.csv}, {@code
 * importance.csv} and {@code report.html}.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON =
            JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();

    /** File names inside a run folder. */
    public static final String CONFIG = "config.yaml";

    /** Data fingerprint file. */
    public static final String DATA = "data.json";

    /** Run facts: seed, git commit, timing. */
    public static final String RUN = "run.json";

    /** Out-of-fold predictions of the training eras. */
    public static final String OOF_PREDICTIONS = "oof_predictions.parquet";

    /** Predictions of the validation eras by the final model. */
    public static final String VALIDATION_PREDICTIONS = "validation_predictions.parquet";

    /** Summary scores. */
    public static final String METRICS = "metrics.json";

    /** Total gain per feature of the final model, largest first. */
    public static final String IMPORTANCE = "importance.csv";

    /** The HTML report: metrics table, CORR charts, top features, exposure. */
    public static final String REPORT = "report.html";

    /** One line per scored era. */
    public static final String PER_ERA = "per_era.csv";

    private TrainingRun() {}

    /**
     * Runs the experiment and writes its folder.
     *
     * @param config the resolved config (embargo may still be auto)
     * @param table training and validation rows, already downsampled and restricted to the config's
     *     feature set
     * @param fingerprint what the table was loaded from
     * @param experiments the root folder of run folders
     * @param progress receives one step per fold, the final fit, prediction and writing
     * @return the run folder
     */
    public static Path run(
            RunConfig config,
            EraTable table,
            DataFingerprint fingerprint,
            Path experiments,
            RunProgress progress) {
        RunConfig resolved = config.withResolvedEmbargo();
        RunEras eras = RunEras.of(table);
        requireTarget(table, resolved.data().target());
        List<Fold> folds = folds(resolved, table, eras);
        Path destination = experiments.resolve(resolved.name()).resolve(folderName(resolved));
        Path temporary = AtomicOutput.prepare(destination, false);
        progress.start(folds.size() + 3);
        long started = System.nanoTime();
        try {
            Files.createDirectories(temporary);
            RunMetrics metrics = trainAndWrite(resolved, table, eras, folds, temporary, progress);
            writeFacts(resolved, fingerprint, temporary, started);
            AtomicOutput.commit(temporary, destination);
            progress.stepDone("wrote " + destination);
            LOG.info("run folder {}", destination);
            metrics.validation()
                    .ifPresent(v -> LOG.info("validation corr mean {}", v.corr().mean()));
            LOG.info("out-of-fold corr mean {}", metrics.outOfFold().corr().mean());
            return destination;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run folder " + temporary, e);
        } finally {
            progress.finish();
            discardQuietly(temporary);
        }
    }

    private static RunMetrics trainAndWrite(
            RunConfig config,
            EraTable table,
            RunEras eras,
            List<Fold> folds,
            Path folder,
            RunProgress progress)
            throws IOException {
        String target = config.data().target();
        int[] features = EraSlice.allFeatures(table, new int[0]).features();
        // Resolved once so that device auto warns once, not once per fold.
        Device device = Heads.resolveDevice(config.head().kind(), config.device());
        BoosterParams params =
                config.head().params().toBoosterParams(config.threads(), config.seed(), device);
        CrossValidation.OutOfFold oof =
                CrossValidation.run(
                        table,
                        folds,
                        features,
                        target,
                        () -> Heads.create(config.head().kind(), params),
                        fold -> progress.stepDone("fold " + (fold + 1) + "/" + folds.size()));
        PredictionFiles.write(
                folder.resolve(OOF_PREDICTIONS), table, oof.eraIndices(), oof.predictions());
        FinalFit fit = fitFinal(config, table, eras, features, params, folder);
        float[] validation = fit.validation();
        writeImportance(folder.resolve(IMPORTANCE), fit.importance());
        progress.stepDone("final model on " + eras.train().length + " eras");
        PredictionFiles.write(
                folder.resolve(VALIDATION_PREDICTIONS), table, eras.validation(), validation);
        RunMetrics metrics =
                RunMetrics.score(
                        table,
                        target,
                        oof.eraIndices(),
                        oof.predictions(),
                        eras.validation(),
                        validation);
        metrics.write(folder.resolve(METRICS), folder.resolve(PER_ERA));
        RunReport.write(
                folder.resolve(REPORT),
                config,
                metrics,
                fit.importance(),
                RunReport.meanExposure(table, eras.validation(), features, validation));
        progress.stepDone(
                "scored " + (oof.eraIndices().length + eras.validation().length) + " eras");
        return metrics;
    }

    /**
     * The final model's output.
     *
     * @param validation predictions of the validation eras (empty when there are none)
     * @param importance total gain by feature name
     */
    private record FinalFit(float[] validation, Map<String, Double> importance) {}

    private static FinalFit fitFinal(
            RunConfig config,
            EraTable table,
            RunEras eras,
            int[] features,
            BoosterParams params,
            Path folder) {
        try (Head head = Heads.create(config.head().kind(), params)) {
            head.fit(
                    EraSlice.of(table, eras.train(), features),
                    config.data().target(),
                    Optional.empty());
            head.save(folder.resolve(config.head().kind().modelFileName()));
            if (eras.validation().length == 0) {
                LOG.warn("the data has no validation eras; validation predictions are empty");
                return new FinalFit(new float[0], head.featureImportance());
            }
            float[] validation = head.predict(EraSlice.of(table, eras.validation(), features));
            return new FinalFit(validation, head.featureImportance());
        }
    }

    private static void discardQuietly(Path temporary) {
        try {
            AtomicOutput.discard(temporary);
        } catch (RuntimeException e) {
            // A failure here must not hide the exception that stopped the run.
            LOG.warn("could not remove the unfinished run folder {}: {}", temporary, e.toString());
        }
    }

    private static void writeImportance(Path file, Map<String, Double> importance)
            throws IOException {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(importance.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder csv = new StringBuilder("feature,gain\n");
        for (Map.Entry<String, Double> entry : entries) {
            csv.append(entry.getKey()).append(',').append(entry.getValue()).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static List<Fold> folds(RunConfig config, EraTable table, RunEras eras) {
        if (eras.train().length == 0) {
            throw new BadInputException(
                    "no_train_eras", config.data().path() + " holds no rows of data_type train");
        }
        try {
            return EraFolds.split(
                    eras.train(),
                    RunEras.numbers(table, eras.train()),
                    config.crossValidation().scheme(),
                    config.crossValidation().folds(),
                    config.crossValidation().embargoFor(config.data().target()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "too_few_eras",
                    "cannot cross-validate "
                            + eras.train().length
                            + " training eras: "
                            + e.getMessage()
                            + "; use fewer folds, a smaller every_kth_era or more data",
                    e);
        }
    }

    private static void writeFacts(
            RunConfig config, DataFingerprint fingerprint, Path folder, long started)
            throws IOException {
        Files.writeString(
                folder.resolve(CONFIG), RunConfigs.toYaml(config), StandardCharsets.UTF_8);
        JSON.writeValue(folder.resolve(DATA).toFile(), fingerprint);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("seed", config.seed());
        run.put("threads", config.threads());
        run.put("head", config.head().kind().label());
        run.put("model_file", config.head().kind().modelFileName());
        run.put("git_commit", GitCommit.current().orElse(null));
        run.put("seconds", (System.nanoTime() - started) / 1e9);
        JSON.writeValue(folder.resolve(RUN).toFile(), run);
    }

    private static void requireTarget(EraTable table, String target) {
        if (!table.hasTarget(target)) {
            throw new BadInputException(
                    "missing_target",
                    "target '"
                            + target
                            + "' is not in the data; loaded targets: "
                            + String.join(", ", table.targetNames()));
        }
    }

    private static String folderName(RunConfig config) {
        String stamp = LocalDateTime.now().format(STAMP);
        long mix = System.nanoTime() ^ ProcessHandle.current().pid() ^ config.hashCode();
        return stamp + "-" + String.format("%08x", (int) (mix ^ (mix >>> 32)));
    }

    static ObjectMapper json() {
        return JSON;
    }
}
