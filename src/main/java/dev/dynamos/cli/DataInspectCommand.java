package dev.dynamos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataSummary;
import dev.dynamos.data.DataType;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.io.ReadOptions;
import dev.dynamos.data.io.ReadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dynamos data inspect}: loads Numerai-layout data and prints what it holds. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Print rows, eras, rows per era, feature sets, feature value shares, targets and"
                    + " data types of a Numerai version folder or a single .parquet/.csv file."
        })
public final class DataInspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "Version folder or data file.")
    Path input;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(
            names = "--feature-set",
            defaultValue = ReadOptions.DEFAULT_FEATURE_SET,
            description =
                    "small, medium, all, a group name, or a comma list of features"
                            + " (default: ${DEFAULT-VALUE}).")
    String featureSet;

    @Option(
            names = "--every-kth-era",
            defaultValue = "1",
            description = "Keep every k-th era of the selected ones (default: ${DEFAULT-VALUE}).")
    int everyKthEra;

    @Option(names = "--min-era", description = "First era kept (inclusive).")
    Integer minEra;

    @Option(names = "--max-era", description = "Last era kept (inclusive).")
    Integer maxEra;

    @Option(
            names = "--data-types",
            split = ",",
            description = "Data types kept: train, validation, test, live (default: all).")
    List<String> dataTypes;

    @Option(
            names = "--targets",
            split = ",",
            description = "Targets to load (default: those in features.json).")
    List<String> targets;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        ReadResult result = NumeraiReader.readWithReport(input, readOptions());
        DataSummary summary = DataSummary.of(result.table(), result.missingFeatureCells());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(
                    new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(summary));
        } else {
            printText(summary, out);
        }
        out.flush();
        return 0;
    }

    private ReadOptions readOptions() {
        if (everyKthEra < 1) {
            throw new BadInputException(
                    "bad_option", "--every-kth-era must be at least 1, got " + everyKthEra);
        }
        int first = minEra == null ? Integer.MIN_VALUE : minEra;
        int last = maxEra == null ? Integer.MAX_VALUE : maxEra;
        if (first > last) {
            throw new BadInputException(
                    "bad_option", "--min-era " + first + " is after --max-era " + last);
        }
        return ReadOptions.defaults()
                .withFeatureSet(featureSet)
                .withEveryKthEra(everyKthEra)
                .withEraRange(first, last)
                .withDataTypes(parseTypes())
                .withTargets(targets == null ? List.of() : targets);
    }

    private Set<DataType> parseTypes() {
        if (dataTypes == null || dataTypes.isEmpty()) {
            return EnumSet.allOf(DataType.class);
        }
        Set<DataType> types = EnumSet.noneOf(DataType.class);
        for (String label : dataTypes) {
            types.add(DataType.parse(label.trim().toLowerCase(Locale.ROOT)));
        }
        return types;
    }

    private static void printText(DataSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "rows                %d%n", s.rows());
        out.printf(
                Locale.ROOT,
                "eras                %d (first %04d, last %04d)%n",
                s.eraCount(),
                s.firstEra(),
                s.lastEra());
        out.printf(
                Locale.ROOT,
                "rows per era        min %d, median %.1f, max %d%n",
                s.minRowsPerEra(),
                s.medianRowsPerEra(),
                s.maxRowsPerEra());
        out.printf(Locale.ROOT, "data types          %s%n", counts(s.dataTypeRows()));
        out.printf(Locale.ROOT, "features            %d loaded%n", s.featureCount());
        s.featureSetSizes()
                .forEach(
                        (name, size) ->
                                out.printf(
                                        Locale.ROOT,
                                        "  %-17s %d%s%n",
                                        name,
                                        size,
                                        s.groups().contains(name) ? " (group)" : ""));
        double[] shares = s.valueShares();
        out.printf(
                Locale.ROOT,
                "feature values      0: %.4f  1: %.4f  2: %.4f  3: %.4f  4: %.4f%n",
                shares[0],
                shares[1],
                shares[2],
                shares[3],
                shares[4]);
        out.printf(
                Locale.ROOT,
                "missing features    %d NaN cells in the files (stored as 2); %d (era, feature)"
                        + " pairs all 2%n",
                s.missingFeatureCells(),
                s.allTwoEraColumns());
        out.printf(Locale.ROOT, "targets             %d%n", s.targets().size());
        for (DataSummary.TargetSummary target : s.targets()) {
            out.printf(
                    Locale.ROOT,
                    "  %-17s NaN %d, values %s%s%n",
                    target.name(),
                    target.nanCount(),
                    target.values(),
                    target.moreValues() ? " and more" : "");
        }
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach(
                (name, count) ->
                        text.append(text.length() == 0 ? "" : ", ")
                                .append(name)
                                .append(' ')
                                .append(count));
        return text.length() == 0 ? "none" : text.toString();
    }
}
