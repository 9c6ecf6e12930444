package dev.dynamos.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.FeatureSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a Numerai {@code features.json}: feature sets, target names and which sets are
 * feature groups.
 *
 * <p>Numerai's file has {@code feature_sets} and {@code targets}; dynamos adds {@code
 * feature_groups}, the names of the sets that are groups. When that key is absent, the sets named
 * like Numerai's eight groups ({@link #NUMERAI_GROUPS}) are taken as groups.
 *
 * @param featureSets the feature sets and groups
 * @param targets target column names, in file order
 */
public record FeaturesJson(FeatureSets featureSets, List<String> targets) {

    /** The file name inside a version folder. */
    public static final String FILE_NAME = "features.json";

    /** Numerai's feature group names (v5.x), used when {@code feature_groups} is absent. */
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Compact constructor: rejects null fields and copies the target list. */
    public FeaturesJson {
        Objects.requireNonNull(featureSets, "featureSets");
        targets = List.copyOf(targets);
    }

    /**
     * Reads a features.json file.
     *
     * @param file the file
     * @return its feature sets and targets
     * @throws BadInputException when the file is missing or not of the expected shape
     */
    public static FeaturesJson read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException("missing_file", file + " does not exist");
        } catch (JsonProcessingException e) {
            throw new BadInputException(
                    "bad_features_json", file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        JsonNode setsNode = root == null ? null : root.get("feature_sets");
        if (setsNode == null || !setsNode.isObject()) {
            throw new BadInputException(
                    "bad_features_json",
                    file + " has no 'feature_sets' object mapping set names to feature lists");
        }
        Map<String, List<String>> sets = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = setsNode.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            sets.put(entry.getKey(), strings(entry.getValue(), file, entry.getKey()));
        }
        List<String> groups = groups(root.get("feature_groups"), sets, file);
        List<String> targets = strings(root.get("targets"), file, "targets");
        return new FeaturesJson(new FeatureSets(sets, groups), targets);
    }

    /**
     * Writes this content as a features.json file (pretty-printed, keys in the order above).
     *
     * @param file the file to write; its folder must exist
     */
    public void write(Path file) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode sets = root.putObject("feature_sets");
        featureSets
                .sets()
                .forEach(
                        (name, features) -> {
                            ArrayNode list = sets.putArray(name);
                            features.forEach(list::add);
                        });
        ArrayNode targetList = root.putArray("targets");
        targets.forEach(targetList::add);
        ArrayNode groupList = root.putArray("feature_groups");
        featureSets.groups().forEach(groupList::add);
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<String> groups(
            JsonNode groupsNode, Map<String, List<String>> sets, Path file) {
        List<String> groups = new ArrayList<>();
        if (groupsNode == null) {
            for (String name : NUMERAI_GROUPS) {
                if (sets.containsKey(name)) {
                    groups.add(name);
                }
            }
            return groups;
        }
        for (String group : strings(groupsNode, file, "feature_groups")) {
            if (!sets.containsKey(group)) {
                throw new BadInputException(
                        "bad_features_json",
                        file + " lists group '" + group + "' that is not in feature_sets");
            }
            groups.add(group);
        }
        return groups;
    }

    private static List<String> strings(JsonNode node, Path file, String key) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException(
                    "bad_features_json", file + ": '" + key + "' is not a list of names");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new BadInputException(
                        "bad_features_json",
                        file + ": '" + key + "' holds " + item + ", expected a name");
            }
            values.add(item.asText());
        }
        return values;
    }
}
