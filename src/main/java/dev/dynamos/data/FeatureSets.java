package dev.dynamos.data;

import dev.dynamos.common.BadInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Named lists of feature columns, as in the {@code feature_sets} object of Numerai's {@code
 * features.json}: {@code small}, {@code medium}, {@code all} and one set per feature group. Also
 * records which sets are groups, so that the agent can embed a feature's group.
 *
 * @param sets set name to feature names, in file order
 * @param groups the names of the sets that are feature groups, in file order
 */
public record FeatureSets(Map<String, List<String>> sets, List<String> groups) {

    /** Compact constructor: copies inputs and checks that every group is a set. */
    public FeatureSets {
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(groups, "groups");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sets.forEach((name, features) -> copy.put(name, List.copyOf(features)));
        sets = Collections.unmodifiableMap(copy);
        groups = List.copyOf(groups);
        for (String group : groups) {
            if (!sets.containsKey(group)) {
                throw new IllegalArgumentException("group '" + group + "' is not a feature set");
            }
        }
    }

    /**
     * Resolves a feature-set specification into feature names.
     *
     * <p>The spec is a set name ({@code small}, {@code medium}, {@code all}, a group name) or an
     * explicit comma-separated list of feature names.
     *
     * @param spec the set name or explicit list
     * @param source where the sets came from, for error messages (a features.json path)
     * @return the feature names, in set order
     * @throws BadInputException when the set does not exist
     */
    public List<String> resolve(String spec, String source) {
        Objects.requireNonNull(spec, "spec");
        if (sets.containsKey(spec)) {
            return sets.get(spec);
        }
        if (spec.contains(",") || spec.startsWith("feature_")) {
            List<String> explicit = new ArrayList<>();
            for (String name : spec.split(",")) {
                if (!name.isBlank()) {
                    explicit.add(name.trim());
                }
            }
            return List.copyOf(new LinkedHashSet<>(explicit));
        }
        throw new BadInputException(
                "unknown_feature_set",
                "feature set '"
                        + spec
                        + "' does not exist in "
                        + source
                        + "; known sets: "
                        + String.join(", ", sets.keySet())
                        + " (or pass a comma-separated list of feature names)");
    }

    /**
     * Returns the group of each feature, or {@code "none"} for a feature in no group.
     *
     * @param features feature names
     * @return one group name per feature
     */
    public List<String> groupOf(List<String> features) {
        List<String> result = new ArrayList<>(features.size());
        for (String feature : features) {
            String found = "none";
            for (String group : groups) {
                if (sets.get(group).contains(feature)) {
                    found = group;
                    break;
                }
            }
            result.add(found);
        }
        return result;
    }

    /**
     * Restricts every set to the given features, dropping empty sets other than groups.
     *
     * @param kept the features that remain loaded
     * @return sets over the kept features only
     */
    public FeatureSets restrictTo(List<String> kept) {
        Set<String> keep = new LinkedHashSet<>(kept);
        Map<String, List<String>> restricted = new LinkedHashMap<>();
        sets.forEach(
                (name, features) -> {
                    List<String> inside = features.stream().filter(keep::contains).toList();
                    restricted.put(name, inside);
                });
        return new FeatureSets(restricted, groups);
    }

    /** Returns sets that hold only {@code all} with the given features and no groups. */
    public static FeatureSets allOnly(List<String> features) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("all", features);
        return new FeatureSets(sets, List.of());
    }
}
