package dev.dynamos.heads;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON file of a saved {@link MlpHead}: a header and the parameters, each layer's weight matrix
 * (row-major, inputs by outputs) followed by its bias.
 *
 * @param format always {@value #FORMAT}
 * @param version file layout version, {@value #VERSION}
 * @param target target the head was fitted on
 * @param features feature names in input column order
 * @param params hyperparameters
 * @param layerWidths inputs, hidden widths, then 1
 * @param epochsTrained epochs run before saving
 * @param parameters w0, b0, w1, b1, ... as flat float arrays
 */
record MlpModelFile(
        String format,
        int version,
        String target,
        List<String> features,
        MlpParams params,
        int[] layerWidths,
        int epochsTrained,
        List<float[]> parameters) {

    static final String FORMAT = "dynamos-mlp";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the file contents of a fitted head. */
    static MlpModelFile of(MlpHead head) {
        return new MlpModelFile(
                FORMAT,
                VERSION,
                head.targetName(),
                List.of(head.featureNames()),
                head.params(),
                head.layerWidths(),
                head.epochsTrained(),
                Arrays.asList(head.parameters()));
    }

    /** Returns the parameters as arrays in graph order. */
    float[][] parameterArrays() {
        return parameters.toArray(float[][]::new);
    }

    /** Writes the file under a temporary name and renames it into place. */
    void write(Path file) {
        Path temporary = AtomicOutput.prepare(file, true);
        try {
            MAPPER.writeValue(temporary.toFile(), this);
            AtomicOutput.commit(temporary, file);
        } catch (IOException e) {
            AtomicOutput.discard(temporary);
            throw new UncheckedIOException("cannot write MLP model " + file, e);
        }
    }

    /**
     * Reads and checks a saved model.
     *
     * @throws BadInputException when the file is missing, unreadable or not an MLP model
     */
    static MlpModelFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("missing_file", file + " does not exist");
        }
        MlpModelFile model;
        try {
            model = MAPPER.readValue(file.toFile(), MlpModelFile.class);
        } catch (IOException e) {
            throw new BadInputException(
                    "invalid_model", file + " is not a readable MLP model: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(model.format()) || model.version() != VERSION) {
            throw new BadInputException(
                    "invalid_model",
                    file
                            + " has format "
                            + model.format()
                            + " version "
                            + model.version()
                            + ", expected "
                            + FORMAT
                            + " version "
                            + VERSION);
        }
        return model;
    }
}
