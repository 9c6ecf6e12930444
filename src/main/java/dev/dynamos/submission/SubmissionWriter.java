package dev.dynamos.submission;

import dev.dynamos.common.AtomicOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a submission as an {@code id,prediction} CSV: under a temporary name first, then checked
 * with {@link SubmissionValidator}, then renamed into place, so that an invalid or half-written
 * file never takes the destination's name.
 */
public final class SubmissionWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionWriter.class);

    private SubmissionWriter() {}

    /**
     * Writes a submission and checks that it covers the given live ids.
     *
     * @param destination the CSV path to create
     * @param ids one id per prediction
     * @param predictions values in [0, 1], for example from {@link SubmissionRanker}
     * @param liveIds the ids the submission must cover
     * @param force whether an existing destination may be replaced
     * @return the validation of the written file (valid; warnings may list unknown ids)
     * @throws dev.dynamos.common.BadInputException when the destination exists without {@code
     *     force} or the submission breaks a rule (the destination is then left untouched)
     */
    public static SubmissionValidation write(
            Path destination,
            String[] ids,
            double[] predictions,
            Set<String> liveIds,
            boolean force) {
        Objects.requireNonNull(liveIds, "liveIds");
        if (ids.length != predictions.length) {
            throw new IllegalArgumentException(
                    "ids has length " + ids.length + ", predictions " + predictions.length);
        }
        Path temporary = AtomicOutput.prepare(destination, force);
        try {
            writeCsv(temporary, ids, predictions);
            SubmissionValidation validation =
                    SubmissionValidator.validate(temporary, liveIds).withFile(destination);
            validation.requireValid();
            AtomicOutput.commit(temporary, destination);
            LOG.info("wrote submission {} ({} rows)", destination, ids.length);
            return validation;
        } finally {
            AtomicOutput.discard(temporary);
        }
    }

    /**
     * Writes a submission whose own ids are taken as the live ids, checking every rule but
     * coverage.
     *
     * @see #write(Path, String[], double[], Set, boolean)
     */
    public static SubmissionValidation write(
            Path destination, String[] ids, double[] predictions, boolean force) {
        return write(destination, ids, predictions, new LinkedHashSet<>(Arrays.asList(ids)), force);
    }

    private static void checkPlainId(String id, int row) {
        // Numerai ids are plain alphanumerics; anything CSV would need to quote is a caller bug.
        if (id == null
                || id.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException(
                    "id at row " + row + " is null or holds a comma, quote or line break: " + id);
        }
    }

    private static void writeCsv(Path file, String[] ids, double[] predictions) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,prediction\n");
            for (int r = 0; r < ids.length; r++) {
                checkPlainId(ids[r], r);
                out.write(ids[r]);
                out.write(',');
                // Double.toString round-trips exactly, so the file holds the ranked values.
                out.write(Double.toString(predictions[r]));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write submission " + file, e);
        }
    }
}
