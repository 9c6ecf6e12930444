package dev.dynamos.data.synth;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.data.io.NumeraiFormat;
import dev.dynamos.data.io.NumeraiWriter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a synthetic version folder: Numerai's {@code train.parquet}, {@code validation.parquet},
 * {@code live.parquet} and {@code features.json}, plus {@code truth.json}. The folder appears only
 * when complete.
 */
public final class SynthWriter {

    /** File name of the ground truth inside a synthetic version folder. */
    public static final String TRUTH_FILE = "truth.json";

    private SynthWriter() {}

    /**
     * Writes the data and its truth into a new folder, through a temporary sibling renamed into
     * place.
     *
     * @param data the generated version
     * @param dir the folder to create
     * @param force whether an existing folder may be replaced
     * @throws dev.dynamos.common.BadInputException when {@code dir} exists and {@code force} is
     *     false
     */
    public static void write(SyntheticData data, Path dir, boolean force) {
        Objects.requireNonNull(data, "data");
        Path temporary = AtomicOutput.prepare(dir, force);
        try {
            NumeraiWriter.writeVersionDirectory(data.table(), temporary, NumeraiFormat.PARQUET);
            data.truth().write(temporary.resolve(TRUTH_FILE));
            AtomicOutput.commit(temporary, dir);
        } finally {
            AtomicOutput.discard(temporary);
        }
    }
}
