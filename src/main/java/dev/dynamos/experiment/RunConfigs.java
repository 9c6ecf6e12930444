package dev.dynamos.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link RunConfig} YAML files. Keys are snake_case ({@code every_kth_era}, {@code
 * colsample_by_tree}); enum values lower case; every key is required and an unknown key is an
 * error.
 */
public final class RunConfigs {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder(
                            YAMLFactory.builder()
                                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                                    .build())
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                    .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                    .build();

    private RunConfigs() {}

    /**
     * Reads a config file.
     *
     * @param file the YAML file
     * @return the config
     * @throws BadInputException when the file is missing, malformed, has an unknown or missing key,
     *     or a value out of range; the message names the file and the key
     */
    public static RunConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("missing_file", "config file " + file + " does not exist");
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config " + file, e);
        }
    }

    /**
     * Parses config text.
     *
     * @param yaml the YAML text
     * @param source where the text came from, for messages
     * @return the config
     * @throws BadInputException when the text is not a valid config
     */
    public static RunConfig parse(String yaml, String source) {
        return parse(yaml, source, RunConfig.class);
    }

    /**
     * Reads a YAML file of any config type with the same rules as run configs: snake_case keys,
     * every key known, none missing.
     *
     * @param file the YAML file
     * @param type the config record
     * @param <T> the config type
     * @return the config
     * @throws BadInputException when the file is missing or is not a valid config of that type
     */
    public static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("missing_file", "config file " + file + " does not exist");
        }
        try {
            return parse(Files.readString(file), file.toString(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config " + file, e);
        }
    }

    /**
     * Parses config text of any config type.
     *
     * @param yaml the YAML text
     * @param source where the text came from, for messages
     * @param type the config record
     * @param <T> the config type
     * @return the config
     * @throws BadInputException when the text is not a valid config of that type
     */
    public static <T> T parse(String yaml, String source, Class<T> type) {
        try {
            return MAPPER.readValue(yaml, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadInputException(
                    "unknown_config_key",
                    source
                            + ": unknown key '"
                            + keyPath(e)
                            + "'; known keys here: "
                            + e.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", ")),
                    e);
        } catch (JsonMappingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Missing creator property")) {
                throw new BadInputException(
                        "missing_config_key",
                        source + ": key '" + keyPath(e) + "' is required and missing",
                        e);
            }
            throw new BadInputException(
                    "bad_config", source + ": at '" + keyPath(e) + "': " + rootMessage(e), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(
                    "bad_config", source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Returns the config as YAML text in the same layout the reader takes. */
    public static String toYaml(Object config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write config as YAML", e);
        }
    }

    private static String keyPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root instanceof JsonProcessingException json
                        ? json.getOriginalMessage()
                        : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
