package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Numerai-layout data into an {@link EraTable} through DuckDB.
 *
 * <p>The input is either a version folder (its {@code train}, {@code validation} and {@code live}
 * files that exist, as {@code .parquet} or else {@code .csv}, plus the required {@code
 * features.json}) or a single {@code .parquet} or {@code .csv} file (with a {@code features.json}
 * beside it used when present; otherwise the only feature set is {@code all}, the columns whose
 * names start with {@code feature_}).
 *
 * <p>Only the selected columns are read, and only the rows of the selected eras and data types; the
 * values stream into the table's byte and float columns at their final era-sorted positions, so
 * peak memory is the table itself plus DuckDB's streaming buffers. Eras are zero-padded strings or
 * integers; the live era label {@code X} of older files becomes the last numbered era plus one.
 * Files without a {@code data_type} column take it from their name ({@code train...}, {@code
 * validation...}, {@code test...}, {@code live...}).
 */
public final class NumeraiReader {

    private static final Logger LOG = LoggerFactory.getLogger(NumeraiReader.class);
    private static final List<String> STEMS = List.of("train", "validation", "live");

    private NumeraiReader() {}

    /**
     * Reads everything: all features, eras, data types and targets.
     *
     * @param input a version folder or a single file
     * @return the table, sorted by era
     */
    public static EraTable read(Path input) {
        return read(input, ReadOptions.defaults());
    }

    /**
     * Reads the selected features, eras, data types and targets.
     *
     * @param input a version folder or a single .parquet or .csv file
     * @param options what to read
     * @return the table, sorted by era (stable: file order within an era)
     * @throws BadInputException when a file is missing or malformed, a feature set or target is
     *     unknown, a feature value is outside 0..4, or an id repeats within an era
     */
    public static EraTable read(Path input, ReadOptions options) {
        return readWithReport(input, options).table();
    }

    /**
     * Reads like {@link #read(Path, ReadOptions)} and also reports how many missing feature cells
     * were filled.
     *
     * @param input a version folder or a single .parquet or .csv file
     * @param options what to read
     * @return the table and the count of filled feature cells
     */
    public static ReadResult readWithReport(Path input, ReadOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        long started = System.nanoTime();
        try (Connection connection = DuckDb.open(true)) {
            List<SourceFile> files = describeFiles(connection, dataFiles(input));
            Optional<FeaturesJson> json = featuresJson(input);
            FeatureSets sets =
                    json.map(FeaturesJson::featureSets)
                            .orElseGet(() -> FeatureSets.allOnly(featureColumns(files.get(0))));
            List<String> features = sets.resolve(options.featureSet(), setsSource(input, json));
            checkColumns(files, features);
            List<String> targets = targets(files, json, options);
            EraPlan plan = EraPlan.build(connection, files, options);
            RowLoader loader = new RowLoader(features, targets, plan, options);
            for (int f = 0; f < files.size(); f++) {
                loader.load(connection, files.get(f), plan.keptLabels(f), plan.keepsWholeFile(f));
            }
            loader.checkUniqueIdsPerEra();
            EraTable table =
                    new EraTable(
                            loader.ids,
                            loader.eraOfRow,
                            loader.dataTypes,
                            features,
                            loader.featureColumns,
                            targets,
                            loader.targetColumns,
                            sets.restrictTo(features));
            LOG.info(
                    "loaded {}: {} rows, {} eras, {} features, {} targets in {} ms",
                    input,
                    table.rows(),
                    table.eraCount(),
                    table.featureCount(),
                    targets.size(),
                    (System.nanoTime() - started) / 1_000_000);
            if (loader.missingFeatureCells() > 0) {
                LOG.info(
                        "{} missing feature cells stored as {}",
                        loader.missingFeatureCells(),
                        options.missingFeatureValue());
            }
            return new ReadResult(table, loader.missingFeatureCells());
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed reading " + input, e);
        }
    }

    /**
     * Returns the data files a read of {@code input} uses: the existing train, validation and live
     * files of a version folder (Parquet preferred over CSV), or the single file itself.
     *
     * @param input a version folder or a single file
     * @return the files, in the order they are read
     * @throws BadInputException when the input or its features.json is missing, or a folder holds
     *     no data files
     */
    public static List<Path> dataFiles(Path input) {
        if (!Files.exists(input)) {
            throw new BadInputException("missing_file", input + " does not exist");
        }
        if (!Files.isDirectory(input)) {
            NumeraiFormat.ofFile(input);
            return List.of(input);
        }
        if (!Files.isRegularFile(input.resolve(FeaturesJson.FILE_NAME))) {
            throw new BadInputException(
                    "missing_features_json",
                    input
                            + " has no features.json; a version folder needs it to name the"
                            + " feature sets and targets");
        }
        List<Path> files = new ArrayList<>();
        for (String stem : STEMS) {
            Path parquet = input.resolve(stem + ".parquet");
            Path csv = input.resolve(stem + ".csv");
            if (Files.isRegularFile(parquet)) {
                files.add(parquet);
            } else if (Files.isRegularFile(csv)) {
                files.add(csv);
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException(
                    "missing_file",
                    input + " holds none of train, validation, live (.parquet or .csv)");
        }
        return files;
    }

    private static List<SourceFile> describeFiles(Connection connection, List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            SourceFile file = SourceFile.describe(connection, path);
            for (String required : List.of("id", "era")) {
                if (!file.has(required)) {
                    throw new BadInputException(
                            "missing_column", path + " has no '" + required + "' column");
                }
            }
            files.add(file);
        }
        return files;
    }

    private static Optional<FeaturesJson> featuresJson(Path input) {
        Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        Path json = folder.resolve(FeaturesJson.FILE_NAME);
        return Files.isRegularFile(json) ? Optional.of(FeaturesJson.read(json)) : Optional.empty();
    }

    private static String setsSource(Path input, Optional<FeaturesJson> json) {
        return json.isPresent()
                ? String.valueOf(
                        (Files.isDirectory(input) ? input : input.toAbsolutePath().getParent())
                                .resolve(FeaturesJson.FILE_NAME))
                : input + " (no features.json: only 'all')";
    }

    private static List<String> featureColumns(SourceFile file) {
        return file.columns().stream().filter(c -> c.startsWith("feature_")).toList();
    }

    private static void checkColumns(List<SourceFile> files, List<String> features) {
        for (SourceFile file : files) {
            for (String feature : features) {
                if (!file.has(feature)) {
                    throw new BadInputException(
                            "missing_column",
                            file.path() + " has no feature column '" + feature + "'");
                }
            }
        }
    }

    private static List<String> targets(
            List<SourceFile> files, Optional<FeaturesJson> json, ReadOptions options) {
        List<String> targets = options.targets();
        if (targets.isEmpty() && json.isPresent()) {
            targets = json.get().targets();
        }
        if (targets.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            files.forEach(
                    f ->
                            f.columns().stream()
                                    .filter(c -> c.startsWith("target"))
                                    .forEach(found::add));
            targets = List.copyOf(found);
        }
        for (SourceFile file : files) {
            boolean hasTargets = file.columns().stream().anyMatch(c -> c.startsWith("target"));
            for (String target : targets) {
                // Live files may carry no target columns at all; their rows get NaN targets.
                if (hasTargets && !file.has(target)) {
                    throw new BadInputException(
                            "missing_target",
                            file.path()
                                    + " has no target column '"
                                    + target
                                    + "'; columns starting with target: "
                                    + String.join(
                                            ", ",
                                            file.columns().stream()
                                                    .filter(c -> c.startsWith("target"))
                                                    .toList()));
                }
            }
        }
        return targets;
    }
}
