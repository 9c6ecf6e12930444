package dev.dynamos.data.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ground truth of a synthetic version, as written to {@code truth.json}: the generator's
 * parameters and seed, the era layout, every era's regime, each regime's informative features with
 * their shapes and signs, and the eras in which one feature is missing (all 2).
 *
 * @param seed the generator's seed
 * @param parameters the generator's options
 * @param stayProbability probability that a regime holds into the next era
 * @param groupCorrelation share of a feature's variance that comes from its group's factor
 * @param layout train, embargo, validation and live eras
 * @param liveEra the live era's number
 * @param targetHorizonEras each target's look-ahead in eras; auxiliary targets are NaN where their
 *     window is not complete (see {@link EraLayout#targetKnown}), the main target never is before
 *     the live era
 * @param regimes each regime's target function
 * @param eraRegimes the regime of every era from 1 to the live era, embargo eras included, keyed by
 *     Numerai's four-digit era string
 * @param missingFeatures eras in which one feature is all 2
 */
public record SynthTruth(
        long seed,
        SynthOptions parameters,
        double stayProbability,
        double groupCorrelation,
        EraLayout layout,
        int liveEra,
        Map<String, Integer> targetHorizonEras,
        List<RegimeTruth> regimes,
        Map<String, Integer> eraRegimes,
        List<MissingFeature> missingFeatures) {

    /** Compact constructor: copies collections and rejects nulls. */
    public SynthTruth {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(layout, "layout");
        targetHorizonEras = Map.copyOf(targetHorizonEras);
        regimes = List.copyOf(regimes);
        eraRegimes = Collections.unmodifiableMap(new TreeMap<>(eraRegimes));
        missingFeatures = List.copyOf(missingFeatures);
    }

    /**
     * One regime's target function with feature names.
     *
     * @param index the regime's number
     * @param informativeFeatures every feature its target reads
     * @param terms the terms of its target function
     */
    public record RegimeTruth(int index, List<String> informativeFeatures, List<TermTruth> terms) {

        /** Compact constructor: copies the lists. */
        public RegimeTruth {
            informativeFeatures = List.copyOf(informativeFeatures);
            terms = List.copyOf(terms);
        }
    }

    /**
     * One term of a regime's target function.
     *
     * @param shape {@code linear}, {@code u_shape}, {@code step} or {@code interaction}
     * @param features the feature, and for an interaction its partner
     * @param sign +1 or -1
     * @param weight strength before the signal is scaled to unit variance
     */
    public record TermTruth(String shape, List<String> features, int sign, double weight) {

        /** Compact constructor: copies the features. */
        public TermTruth {
            features = List.copyOf(features);
        }
    }

    /**
     * An era in which one feature is missing: every value is 2.
     *
     * @param era the four-digit era
     * @param feature the missing feature's name
     */
    public record MissingFeature(String era, String feature) {}

    /** Returns the regime of an era number. */
    public int regimeOf(int era) {
        Integer regime = eraRegimes.get(eraLabel(era));
        if (regime == null) {
            throw new IllegalArgumentException("era " + era + " is not in the truth");
        }
        return regime;
    }

    /** Returns Numerai's four-digit era string for an era number ({@code 7 -> "0007"}). */
    public static String eraLabel(int era) {
        return String.format("%04d", era);
    }

    /**
     * Writes the truth as indented JSON.
     *
     * @param path the file to write
     */
    public void write(Path path) {
        try {
            Files.writeString(path, mapper().writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * Reads a {@code truth.json}.
     *
     * @param path the file
     * @return the truth
     * @throws BadInputException when the file is missing or is not a synthetic truth file
     */
    public static SynthTruth read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("missing_file", path + " does not exist");
        }
        try {
            return mapper().readValue(path.toFile(), SynthTruth.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(
                    "bad_truth_file",
                    path
                            + " is not a truth.json written by 'dynamos data synth': "
                            + e.getMessage(),
                    e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
