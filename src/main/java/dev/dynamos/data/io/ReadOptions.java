package dev.dynamos.data.io;

import dev.dynamos.data.DataType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link NumeraiReader} loads: which features, eras, data types and targets.
 *
 * <p>Era selection runs in this order: keep rows whose data type is in {@code dataTypes}; keep eras
 * in {@code minEra..maxEra} (inclusive); list the distinct eras that remain in ascending order
 * across all files read and keep those whose position in that list is a multiple of {@code
 * everyKthEra} (so the first remaining era is always kept, as in Numerai's notebooks' {@code
 * eras[::4]}).
 *
 * @param featureSet {@code small}, {@code medium}, {@code all}, a group name, or an explicit
 *     comma-separated list of feature names
 * @param everyKthEra keep every k-th era, k at least 1 (1 keeps all)
 * @param minEra first era number kept (inclusive)
 * @param maxEra last era number kept (inclusive)
 * @param dataTypes the data types of the rows kept, not empty
 * @param targets target columns to load; empty loads the default (the targets listed in
 *     features.json, or every column whose name starts with {@code target} when it lists none)
 * @param missingFeatureValue the value 0..4 stored for a missing (NULL or NaN) feature cell
 */
public record ReadOptions(
        String featureSet,
        int everyKthEra,
        int minEra,
        int maxEra,
        Set<DataType> dataTypes,
        List<String> targets,
        byte missingFeatureValue) {

    /** The default feature set: every feature. */
    public static final String DEFAULT_FEATURE_SET = "all";

    /** Missing feature cells become the middle bin, Numerai's documented fill for NaN features. */
    public static final byte DEFAULT_MISSING_FEATURE_VALUE = 2;

    /** Compact constructor: rejects bad fields by name and value. */
    public ReadOptions {
        Objects.requireNonNull(featureSet, "featureSet");
        if (featureSet.isBlank()) {
            throw new IllegalArgumentException("featureSet must not be blank");
        }
        if (everyKthEra < 1) {
            throw new IllegalArgumentException("everyKthEra must be >= 1, got " + everyKthEra);
        }
        if (minEra > maxEra) {
            throw new IllegalArgumentException("minEra " + minEra + " is after maxEra " + maxEra);
        }
        if (dataTypes.isEmpty()) {
            throw new IllegalArgumentException("dataTypes must not be empty");
        }
        if (missingFeatureValue < 0 || missingFeatureValue > 4) {
            throw new IllegalArgumentException(
                    "missingFeatureValue must be in 0..4, got " + missingFeatureValue);
        }
        dataTypes = Set.copyOf(dataTypes);
        targets = List.copyOf(targets);
    }

    /** Returns options that load everything: all features, eras, data types and targets. */
    public static ReadOptions defaults() {
        return new ReadOptions(
                DEFAULT_FEATURE_SET,
                1,
                Integer.MIN_VALUE,
                Integer.MAX_VALUE,
                EnumSet.allOf(DataType.class),
                List.of(),
                DEFAULT_MISSING_FEATURE_VALUE);
    }

    /** Returns a copy with another feature set spec. */
    public ReadOptions withFeatureSet(String spec) {
        return new ReadOptions(
                spec, everyKthEra, minEra, maxEra, dataTypes, targets, missingFeatureValue);
    }

    /** Returns a copy that keeps every k-th era (k >= 1). */
    public ReadOptions withEveryKthEra(int k) {
        return new ReadOptions(
                featureSet, k, minEra, maxEra, dataTypes, targets, missingFeatureValue);
    }

    /** Returns a copy that keeps eras {@code first..last} (inclusive). */
    public ReadOptions withEraRange(int first, int last) {
        return new ReadOptions(
                featureSet, everyKthEra, first, last, dataTypes, targets, missingFeatureValue);
    }

    /** Returns a copy that keeps rows of the given data types. */
    public ReadOptions withDataTypes(Set<DataType> types) {
        return new ReadOptions(
                featureSet, everyKthEra, minEra, maxEra, types, targets, missingFeatureValue);
    }

    /** Returns a copy that loads the named targets (empty: the default targets). */
    public ReadOptions withTargets(List<String> names) {
        return new ReadOptions(
                featureSet, everyKthEra, minEra, maxEra, dataTypes, names, missingFeatureValue);
    }

    /** Returns a copy that stores {@code value} (0..4) for missing feature cells. */
    public ReadOptions withMissingFeatureValue(byte value) {
        return new ReadOptions(featureSet, everyKthEra, minEra, maxEra, dataTypes, targets, value);
    }
}
