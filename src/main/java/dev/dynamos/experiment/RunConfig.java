package dev.dynamos.experiment;

import dev.dynamos.heads.Device;
import dev.dynamos.heads.HeadKind;
import java.util.Objects;

/**
 * A training run as written in a YAML config: data, cross-validation, head, device, seed and
 * threads. Read and written by {@link RunConfigs}; every key is required.
 *
 * @param name run name, the folder under {@code experiments/}
 * @param data what to load
 * @param crossValidation how to split eras
 * @param head booster library and hyperparameters
 * @param device cpu, cuda or auto
 * @param seed seed of every generator in the run
 * @param threads native threads for the booster, at least 1
 */
public record RunConfig(
        String name,
        DataOptions data,
        CrossValidationOptions crossValidation,
        HeadOptions head,
        Device device,
        long seed,
        int threads) {

    /** Compact constructor: rejects missing sections and bad values by name. */
    public RunConfig {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "name must use letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(crossValidation, "cross_validation");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(device, "device");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Returns a copy that reads data from another path. */
    public RunConfig withDataPath(String path) {
        return new RunConfig(
                name, data.withPath(path), crossValidation, head, device, seed, threads);
    }

    /** Returns a copy with another run name. */
    public RunConfig withName(String other) {
        return new RunConfig(other, data, crossValidation, head, device, seed, threads);
    }

    /** Returns a copy whose embargo is resolved to a number for the configured target. */
    public RunConfig withResolvedEmbargo() {
        int embargo = crossValidation.embargoFor(data.target());
        return new RunConfig(
                name,
                data,
                crossValidation.withEmbargo(Integer.toString(embargo)),
                head,
                device,
                seed,
                threads);
    }

    /**
     * What a run loads.
     *
     * @param path a Numerai version folder (train, validation, live files and features.json)
     * @param featureSet a feature set name from features.json, or a comma-separated list
     * @param target the target column to fit
     * @param everyKthEra keep every k-th era (1 keeps all; Numerai's notebooks use 4)
     */
    public record DataOptions(String path, String featureSet, String target, int everyKthEra) {

        /** Compact constructor: rejects missing or bad fields by name and value. */
        public DataOptions {
            Objects.requireNonNull(path, "data.path");
            Objects.requireNonNull(featureSet, "data.feature_set");
            Objects.requireNonNull(target, "data.target");
            if (everyKthEra < 1) {
                throw new IllegalArgumentException(
                        "data.every_kth_era must be at least 1, got " + everyKthEra);
            }
        }

        DataOptions withPath(String other) {
            return new DataOptions(other, featureSet, target, everyKthEra);
        }
    }

    /**
     * How a run cross-validates.
     *
     * @param scheme expanding or blocked
     * @param folds number of folds, at least 2
     * @param embargoEras eras between training and validation: a number, or {@code auto} for 4
     *     (20-day targets) or 13 (targets ending in {@code _60})
     */
    public record CrossValidationOptions(CvScheme scheme, int folds, String embargoEras) {

        /** Value of {@code embargo_eras} that picks the embargo from the target name. */
        public static final String AUTO = "auto";

        /** Compact constructor: rejects bad fields by name and value. */
        public CrossValidationOptions {
            Objects.requireNonNull(scheme, "cross_validation.scheme");
            Objects.requireNonNull(embargoEras, "cross_validation.embargo_eras");
            if (folds < 2) {
                throw new IllegalArgumentException(
                        "cross_validation.folds must be at least 2, got " + folds);
            }
            if (!embargoEras.equals(AUTO) && !embargoEras.matches("\\d+")) {
                throw new IllegalArgumentException(
                        "cross_validation.embargo_eras must be auto or a whole number, got '"
                                + embargoEras
                                + "'");
            }
        }

        /** Returns the embargo in eras for a target. */
        public int embargoFor(String target) {
            return embargoEras.equals(AUTO)
                    ? EraFolds.defaultEmbargo(target)
                    : Integer.parseInt(embargoEras);
        }

        CrossValidationOptions withEmbargo(String embargo) {
            return new CrossValidationOptions(scheme, folds, embargo);
        }
    }

    /**
     * The booster.
     *
     * @param kind xgboost or lightgbm
     * @param params hyperparameters
     */
    public record HeadOptions(HeadKind kind, TreeParams params) {

        /** Compact constructor: both fields are required. */
        public HeadOptions {
            Objects.requireNonNull(kind, "head.kind");
            Objects.requireNonNull(params, "head.params");
        }
    }
}
