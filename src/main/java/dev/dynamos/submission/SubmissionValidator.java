package dev.dynamos.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submission CSV against Numerai's submission rules.
 *
 * <p>Rules, each reported as one error starting with its code:
 *
 * <ol>
 *   <li>{@code empty_submission}: the file has data rows;
 *   <li>{@code invalid_submission_header}: the columns are exactly {@code id} and {@code
 *       prediction} (in either order; Numerai also accepts the legacy name {@code probability},
 *       which is then reported as a warning); names are compared character for character;
 *   <li>{@code invalid_submission_rows}: no row has more fields than the header;
 *   <li>{@code nan_submission_ids}: no empty or NaN id;
 *   <li>{@code duplicate_submission_ids}: no id twice;
 *   <li>{@code invalid_submission_ids}: every live id is present (unknown extra ids are only a
 *       warning, {@code unknown_submission_ids});
 *   <li>{@code nan_submission_values}: no empty, NaN or non-numeric prediction;
 *   <li>{@code submission_values_out_of_range}: every prediction lies in [0, 1];
 *   <li>{@code constant_submission}: the predictions' standard deviation is not zero.
 * </ol>
 *
 * <p>Missing values are recognised as pandas does by default (empty, {@code NaN}, {@code nan},
 * {@code NA}, {@code null}, {@code None} and the like), since Numerai reads files with pandas.
 */
public final class SubmissionValidator {

    /** How many ids or rows an error message lists before saying "and N more". */
    private static final int EXAMPLES = 5;

    /** How many unknown ids the warning line lists; the result holds all of them. */
    private static final int UNKNOWN_LISTED = 20;

    /** Text that pandas reads as a missing value by default. */
    private static final Set<String> MISSING_TOKENS =
            Set.of(
                    "",
                    "#N/A",
                    "#N/A N/A",
                    "#NA",
                    "-1.#IND",
                    "-1.#QNAN",
                    "-NaN",
                    "-nan",
                    "1.#IND",
                    "1.#QNAN",
                    "<NA>",
                    "N/A",
                    "NA",
                    "NULL",
                    "NaN",
                    "None",
                    "n/a",
                    "nan",
                    "null");

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Set<String> INFINITIES =
            Set.of("inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

    private SubmissionValidator() {}

    /**
     * Checks a submission file against the live ids of the current round.
     *
     * @param submission the CSV file
     * @param liveIds the ids every submission must cover
     * @return the errors and warnings found; never throws for a rule violation
     * @throws dev.dynamos.common.BadInputException when the file is missing or not CSV at all
     */
    public static SubmissionValidation validate(Path submission, Set<String> liveIds) {
        Objects.requireNonNull(liveIds, "liveIds");
        SubmissionCsv csv = SubmissionCsv.read(submission);
        Findings findings = new Findings(submission);
        if (csv.header().isEmpty()) {
            findings.error("empty_submission", "is empty", "write the header and one row per id");
            return findings.result(0);
        }
        int[] columns = checkHeader(csv.header(), findings);
        if (columns.length == 0) {
            return findings.result(csv.rows().size());
        }
        if (csv.rows().isEmpty()) {
            findings.error("empty_submission", "has a header but no rows", "write one row per id");
            return findings.result(0);
        }
        checkRowWidths(csv, findings);
        checkIds(column(csv, columns[0]), liveIds, findings);
        checkValues(column(csv, columns[1]), findings);
        return findings.result(csv.rows().size());
    }

    /** Returns {idColumn, predictionColumn}, or an empty array when the header is wrong. */
    private static int[] checkHeader(List<String> header, Findings findings) {
        int id = header.indexOf("id");
        int prediction = header.indexOf("prediction");
        if (prediction < 0) {
            prediction = header.indexOf("probability");
        }
        if (header.size() != 2 || id < 0 || prediction < 0) {
            findings.error(
                    "invalid_submission_header",
                    "has columns " + quoteAll(header) + ", expected exactly \"id\",\"prediction\"",
                    "start the file with the line id,prediction");
            return new int[0];
        }
        if ("probability".equals(header.get(prediction))) {
            findings.warning(
                    "probability_column",
                    "names its prediction column \"probability\"; Numerai accepts this legacy name",
                    "prefer \"prediction\"");
        }
        return new int[] {id, prediction};
    }

    private static void checkRowWidths(SubmissionCsv csv, Findings findings) {
        List<Integer> wide = new ArrayList<>();
        for (int r = 0; r < csv.rows().size(); r++) {
            String[] fields = csv.rows().get(r);
            for (int c = 2; c < fields.length; c++) {
                if (fields[c] != null) {
                    wide.add(lineOf(r));
                    break;
                }
            }
        }
        if (!wide.isEmpty()) {
            findings.error(
                    "invalid_submission_rows",
                    wide.size() + " rows have more than 2 fields, at lines " + examples(wide),
                    "write exactly id,prediction on every line");
        }
    }

    private static void checkIds(String[] ids, Set<String> liveIds, Findings findings) {
        List<Integer> nanRows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int r = 0; r < ids.length; r++) {
            if (ids[r] == null || MISSING_TOKENS.contains(ids[r])) {
                nanRows.add(lineOf(r));
            } else if (!seen.add(ids[r])) {
                duplicates.add(ids[r]);
            }
        }
        reportNanIds(nanRows, findings);
        reportDuplicates(duplicates, findings);
        checkCoverage(ids, seen, liveIds, findings);
    }

    private static void reportNanIds(List<Integer> nanRows, Findings findings) {
        if (!nanRows.isEmpty()) {
            findings.error(
                    "nan_submission_ids",
                    nanRows.size() + " rows have an empty or NaN id, at lines " + examples(nanRows),
                    "write the live id on every row");
        }
    }

    private static void reportDuplicates(List<String> duplicates, Findings findings) {
        if (!duplicates.isEmpty()) {
            findings.error(
                    "duplicate_submission_ids",
                    duplicates.size() + " ids appear more than once: " + examples(duplicates),
                    "write each id once");
        }
    }

    private static void checkCoverage(
            String[] ids, Set<String> submitted, Set<String> liveIds, Findings findings) {
        List<String> missing = new ArrayList<>();
        for (String live : liveIds) {
            if (!submitted.contains(live)) {
                missing.add(live);
            }
        }
        Set<String> unknownSeen = new HashSet<>();
        for (String id : ids) {
            if (id != null && submitted.contains(id) && !liveIds.contains(id)) {
                if (unknownSeen.add(id)) {
                    findings.unknownIds.add(id);
                }
            }
        }
        reportMissing(missing, submitted.size() - findings.unknownIds.size(), findings);
        reportUnknown(findings);
    }

    private static void reportMissing(List<String> missing, int liveSubmitted, Findings findings) {
        if (missing.isEmpty()) {
            return;
        }
        String detail = missing.size() + " live ids are missing: " + examples(missing);
        if (liveSubmitted == 0) {
            detail += "; none of the submitted ids is a live id";
        }
        findings.error(
                "invalid_submission_ids",
                detail,
                "regenerate predictions for the current live file");
    }

    private static void reportUnknown(Findings findings) {
        List<String> unknown = findings.unknownIds;
        if (unknown.isEmpty()) {
            return;
        }
        String listed =
                String.join(", ", unknown.subList(0, Math.min(UNKNOWN_LISTED, unknown.size())));
        if (unknown.size() > UNKNOWN_LISTED) {
            listed += " and " + (unknown.size() - UNKNOWN_LISTED) + " more";
        }
        findings.warning(
                "unknown_submission_ids",
                unknown.size() + " ids are not live ids and will be ignored: " + listed,
                "check that the predictions are for the current round");
    }

    private static void checkValues(String[] texts, Findings findings) {
        List<Integer> missing = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < texts.length; r++) {
            double value = parse(texts[r]);
            if (Double.isNaN(value)) {
                missing.add(lineOf(r));
            } else if (value < 0 || value > 1) {
                outside.add(lineOf(r));
            } else {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        reportValues(missing, outside, min == max && outside.isEmpty(), findings);
    }

    private static void reportValues(
            List<Integer> missing, List<Integer> outside, boolean constant, Findings findings) {
        if (!missing.isEmpty()) {
            findings.error(
                    "nan_submission_values",
                    missing.size()
                            + " predictions are NaN or not numbers, at lines "
                            + examples(missing),
                    "write a number in [0, 1] for every id");
        }
        if (!outside.isEmpty()) {
            findings.error(
                    "submission_values_out_of_range",
                    outside.size()
                            + " predictions lie outside [0, 1], at lines "
                            + examples(outside),
                    "rank predictions per era into (0, 1) before writing");
        }
        if (constant) {
            findings.error(
                    "constant_submission",
                    "has predictions whose standard deviation is zero",
                    "submit predictions that vary across ids");
        }
    }

    /** Returns the value, NaN for missing or non-numeric text, infinities for "inf". */
    private static double parse(String text) {
        if (text == null || MISSING_TOKENS.contains(text)) {
            return Double.NaN;
        }
        String trimmed = text.strip();
        if (DECIMAL.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (INFINITIES.contains(lower)) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    private static String[] column(SubmissionCsv csv, int c) {
        String[] values = new String[csv.rows().size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = csv.rows().get(r)[c];
        }
        return values;
    }

    /** Returns the 1-based line number of data row {@code r} (line 1 is the header). */
    private static int lineOf(int r) {
        return r + 2;
    }

    private static String examples(List<?> items) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(EXAMPLES, items.size()); i++) {
            shown.add(String.valueOf(items.get(i)));
        }
        String text = String.join(", ", shown);
        return items.size() > EXAMPLES
                ? text + " and " + (items.size() - EXAMPLES) + " more"
                : text;
    }

    private static String quoteAll(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("\"" + name + "\"");
        }
        return String.join(",", quoted);
    }

    /** Errors and warnings collected while checking one file. */
    private static final class Findings {
        private final Path file;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> unknownIds = new ArrayList<>();

        Findings(Path file) {
            this.file = file;
        }

        void error(String code, String detail, String hint) {
            errors.add(code + ": " + file + " " + detail + "; " + hint);
        }

        void warning(String code, String detail, String hint) {
            warnings.add(code + ": " + file + " " + detail + "; " + hint);
        }

        SubmissionValidation result(int rows) {
            return new SubmissionValidation(file, rows, errors, warnings, unknownIds);
        }
    }
}
