package dev.dynamos.submission;

import dev.dynamos.common.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a submission file against Numerai's rules.
 *
 * <p>Each error and warning is one line that starts with a stable code ({@code
 * invalid_submission_ids: ...}) and ends with a hint on what to do. Errors make the submission
 * invalid; warnings (unknown ids, the legacy {@code probability} column) do not.
 *
 * @param file the submission checked
 * @param rows data rows read, header excluded
 * @param errors rule violations, empty when the submission is valid
 * @param warnings problems that Numerai tolerates
 * @param unknownIds every submitted id that is not a live id, in file order
 */
public record SubmissionValidation(
        Path file, int rows, List<String> errors, List<String> warnings, List<String> unknownIds) {

    /** Checks and copies the fields. */
    public SubmissionValidation {
        Objects.requireNonNull(file, "file");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        }
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        unknownIds = List.copyOf(unknownIds);
    }

    /** Returns whether the submission breaks no rule. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** Returns the same findings for another path (the name a checked file was moved to). */
    public SubmissionValidation withFile(Path other) {
        String from = file.toString();
        String to = other.toString();
        return new SubmissionValidation(
                other,
                rows,
                replaceAll(errors, from, to),
                replaceAll(warnings, from, to),
                unknownIds);
    }

    private static List<String> replaceAll(List<String> lines, String from, String to) {
        return lines.stream().map(line -> line.replace(from, to)).toList();
    }

    /**
     * Throws when the submission is invalid, with the first error's code and every error's text.
     *
     * @throws BadInputException when {@link #valid()} is false
     */
    public void requireValid() {
        if (valid()) {
            return;
        }
        String first = errors.get(0);
        String code = first.substring(0, first.indexOf(':'));
        String rest = String.join(System.lineSeparator(), errors).substring(code.length() + 2);
        throw new BadInputException(code, rest);
    }
}
