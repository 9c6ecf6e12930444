package dev.dynamos.data.synth;

import dev.dynamos.data.FeatureSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Names the synthetic features, assigns them to groups named like Numerai's, and draws the {@code
 * small} and {@code medium} feature sets.
 *
 * @param names feature names in column order
 * @param groupOfFeature group index of each column
 * @param groupNames group names, one per group
 * @param featureSets {@code small}, {@code medium}, {@code all} and one set per group
 */
public record FeatureLayout(
        List<String> names,
        int[] groupOfFeature,
        List<String> groupNames,
        FeatureSets featureSets) {

    /** Numerai's eight feature groups, in the order groups are named. */
    public static final List<String> NUMERAI_GROUPS =
            List.of(
                    "intelligence",
                    "wisdom",
                    "charisma",
                    "dexterity",
                    "strength",
                    "constitution",
                    "agility",
                    "serenity");

    /** Share of features in the {@code small} set (Numerai's is far smaller; this keeps a few). */
    public static final double SMALL_SHARE = 0.15;

    /** Share of features in the {@code medium} set (Numerai's medium holds about 28%). */
    public static final double MEDIUM_SHARE = 0.5;

    /** Compact constructor: copies lists and checks lengths. */
    public FeatureLayout {
        names = List.copyOf(names);
        groupNames = List.copyOf(groupNames);
        if (groupOfFeature.length != names.size()) {
            throw new IllegalArgumentException(
                    "groupOfFeature has "
                            + groupOfFeature.length
                            + " entries, expected "
                            + names.size());
        }
    }

    /**
     * Lays out {@code features} columns in {@code groups} contiguous, nearly equal groups and draws
     * the sets: {@code small} is a random {@link #SMALL_SHARE} of the features, {@code medium} a
     * random {@link #MEDIUM_SHARE} that contains {@code small}.
     *
     * @param features column count
     * @param groups group count, 1 to {@code features}
     * @param rng the generator
     */
    public static FeatureLayout draw(int features, int groups, RandomGenerator rng) {
        List<String> groupNames = groupNames(groups);
        int[] groupOf = new int[features];
        int[] indexInGroup = new int[groups];
        List<String> names = new ArrayList<>(features);
        for (int f = 0; f < features; f++) {
            groupOf[f] = (int) ((long) f * groups / features);
            int k = ++indexInGroup[groupOf[f]];
            names.add(String.format("feature_%s_%03d", groupNames.get(groupOf[f]), k));
        }
        FeatureSets sets = drawSets(names, groupOf, groupNames, rng);
        return new FeatureLayout(names, groupOf, groupNames, sets);
    }

    /**
     * Returns group names: Numerai's eight, then again with suffixes {@code _2}, {@code _3}, ...
     */
    public static List<String> groupNames(int groups) {
        List<String> result = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            String base = NUMERAI_GROUPS.get(g % NUMERAI_GROUPS.size());
            int round = g / NUMERAI_GROUPS.size();
            result.add(round == 0 ? base : base + "_" + (round + 1));
        }
        return result;
    }

    private static FeatureSets drawSets(
            List<String> names, int[] groupOf, List<String> groupNames, RandomGenerator rng) {
        int features = names.size();
        int[] order = RegimeDraw.permutation(features, rng);
        int small = Math.max(1, (int) Math.round(features * SMALL_SHARE));
        int medium = Math.max(small, (int) Math.round(features * MEDIUM_SHARE));
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("small", inColumnOrder(names, Arrays.copyOf(order, small)));
        sets.put("medium", inColumnOrder(names, Arrays.copyOf(order, medium)));
        sets.put("all", names);
        for (int g = 0; g < groupNames.size(); g++) {
            List<String> members = new ArrayList<>();
            for (int f = 0; f < features; f++) {
                if (groupOf[f] == g) {
                    members.add(names.get(f));
                }
            }
            sets.put(groupNames.get(g), members);
        }
        return new FeatureSets(sets, groupNames);
    }

    private static List<String> inColumnOrder(List<String> names, int[] columns) {
        int[] sorted = columns.clone();
        Arrays.sort(sorted);
        List<String> result = new ArrayList<>(sorted.length);
        for (int f : sorted) {
            result.add(names.get(f));
        }
        return result;
    }
}
