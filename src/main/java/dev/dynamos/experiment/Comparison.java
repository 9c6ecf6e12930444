package dev.dynamos.experiment;

import dev.dynamos.common.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The comparison table of several models over the same validation eras, each summarised from its
 * per-era scores and compared era by era with a reference model (the static-mask booster).
 *
 * <p>Columns are fixed ({@link #COLUMNS}); numbers are shown with 4 decimals and a value that does
 * not apply is shown as {@value #NOT_APPLICABLE}, never as NaN.
 */
public final class Comparison {

    /** The table's column names, in order; stable across versions. */
    public static final List<String> COLUMNS =
            List.of(
                    "model",
                    "eras",
                    "corr_mean",
                    "corr_std",
                    "corr_sharpe",
                    "corr_max_drawdown",
                    "fnc_mean",
                    "max_feature_exposure",
                    "bmc_mean",
                    "keep_ratio",
                    "mask_stability",
                    "diff_mean",
                    "diff_se",
                    "diff_t",
                    "diff_p",
                    "in_sample_corr",
                    "in_sample_gap");

    /** What a cell shows when its value does not apply. */
    public static final String NOT_APPLICABLE = "n/a";

    private final String referenceName;
    private final List<ComparisonRow> rows;

    private Comparison(String referenceName, List<ComparisonRow> rows) {
        this.referenceName = referenceName;
        this.rows = List.copyOf(rows);
    }

    /**
     * Summarises every model and its paired per-era difference to the reference.
     *
     * @param models per-era results, all over the same validation eras; names unique
     * @param referenceName name of the model every other one is paired with
     * @return the comparison, rows in the order given
     * @throws IllegalArgumentException when names repeat, the reference is missing or the models
     *     cover different numbers of eras
     */
    public static Comparison of(List<ModelEraScores> models, String referenceName) {
        Objects.requireNonNull(referenceName, "referenceName");
        ModelEraScores reference = checkModels(models, referenceName);

        List<ComparisonRow> rows = new ArrayList<>();
        for (ModelEraScores model : models) {
            boolean isReference = model.name().equals(referenceName);
            Optional<double[]> pairWith =
                    isReference ? Optional.empty() : Optional.of(reference.corr());
            rows.add(ComparisonRow.of(model, pairWith));
        }
        return new Comparison(referenceName, rows);
    }

    private static ModelEraScores checkModels(List<ModelEraScores> models, String referenceName) {
        Set<String> names = new HashSet<>();
        ModelEraScores reference = null;
        for (ModelEraScores model : models) {
            if (!names.add(model.name())) {
                throw new IllegalArgumentException("model " + model.name() + " appears twice");
            }
            if (model.corr().length != models.get(0).corr().length) {
                throw new IllegalArgumentException(
                        "model "
                                + model.name()
                                + " has "
                                + model.corr().length
                                + " eras, model "
                                + models.get(0).name()
                                + " has "
                                + models.get(0).corr().length
                                + "; compare over the same eras");
            }
            reference = model.name().equals(referenceName) ? model : reference;
        }
        if (reference == null) {
            throw new IllegalArgumentException(
                    "reference model " + referenceName + " is not among " + names);
        }
        return reference;
    }

    /** Returns the reference model's name. */
    public String referenceName() {
        return referenceName;
    }

    /** Returns the rows, in the order the models were given. */
    public List<ComparisonRow> rows() {
        return rows;
    }

    /** Returns each row as formatted cells in {@link #COLUMNS} order, for Markdown or HTML. */
    public List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        for (ComparisonRow row : rows) {
            cells.add(cells(row));
        }
        return cells;
    }

    private static List<String> cells(ComparisonRow row) {
        Optional<PairedDifference> diff = row.difference();
        return List.of(
                row.model(),
                Integer.toString(row.eras()),
                format(row.corrMean()),
                format(row.corrStd()),
                format(row.corrSharpe()),
                format(row.corrMaxDrawdown()),
                format(row.fncMean()),
                format(row.maxFeatureExposure()),
                format(row.bmcMean()),
                format(row.keepRatio()),
                format(row.maskStability()),
                format(diff.map(d -> ComparisonRow.defined(d.meanDifference()))),
                format(diff.map(d -> ComparisonRow.defined(d.standardError()))),
                format(diff.map(d -> ComparisonRow.defined(d.tValue()))),
                format(diff.map(d -> ComparisonRow.defined(d.pValue()))),
                format(row.inSampleCorrMean()),
                format(row.inSampleGap()));
    }

    /**
     * Returns a number with 4 decimals (negative zero shown as 0.0000), or {@value #NOT_APPLICABLE}
     * when empty or not finite.
     */
    public static String format(OptionalDouble value) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return NOT_APPLICABLE;
        }
        String text = String.format(Locale.ROOT, "%.4f", value.getAsDouble());
        return text.equals("-0.0000") ? "0.0000" : text;
    }

    private static String format(Optional<OptionalDouble> value) {
        return format(value.orElse(OptionalDouble.empty()));
    }

    /**
     * Returns the table as Markdown ({@code comparison.md}): a header, one line per model, and a
     * note saying what the difference and drawdown columns mean.
     */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder();
        text.append(markdownLine(COLUMNS));
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            rule.add(c == 0 ? "---" : "---:");
        }
        text.append(markdownLine(rule));
        for (List<String> row : cells()) {
            text.append(markdownLine(row));
        }
        text.append('\n')
                .append("diff_*: paired per-era CORR difference to ")
                .append(referenceName)
                .append(" (se = std ddof 1 / sqrt(eras), two-sided p from Student's t);")
                .append(" corr_std ddof 0; corr_max_drawdown additive;")
                .append(" in_sample_gap = in_sample_corr - corr_mean; n/a: not applicable.\n");
        return text.toString();
    }

    private static String markdownLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /**
     * Writes {@link #toMarkdown()} to a file under a temporary name and renames it into place.
     *
     * @param file destination, such as {@code comparison.md}
     * @param force whether an existing file may be replaced
     */
    public void writeMarkdown(Path file, boolean force) {
        Path temporary = AtomicOutput.prepare(file, force);
        try {
            Files.writeString(temporary, toMarkdown());
            AtomicOutput.commit(temporary, file);
        } catch (IOException e) {
            AtomicOutput.discard(temporary);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
