package dev.dynamos.cli;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import dev.dynamos.data.io.NumeraiFormat;
import dev.dynamos.data.io.NumeraiWriter;
import dev.dynamos.data.prices.EraRole;
import dev.dynamos.data.prices.EraSummary;
import dev.dynamos.data.prices.ErasCsv;
import dev.dynamos.data.prices.PriceConversion;
import dev.dynamos.data.prices.PriceConversionOptions;
import dev.dynamos.data.prices.PriceCsvReader;
import dev.dynamos.data.prices.PriceEraBuilder;
import dev.dynamos.data.prices.PriceLoad;
import dev.dynamos.data.prices.SignalCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code dynamos data from-prices} command: daily prices to a Numerai version folder. */
@Command(
        name = "from-prices",
        mixinStandardHelpOptions = true,
        description = {
            "Turn daily prices (long CSV or CSV.gz: date, ticker, open, high, low, close,"
                    + " optional adj_close, volume) into a Numerai-layout version folder:"
                    + " weekly eras, price features binned 0..4 per era, ranked forward-return"
                    + " targets, a date split with an embargo, and eras.csv mapping eras to dates."
        })
public final class DataFromPricesCommand implements Runnable {

    @Option(names = "--prices", required = true, description = "Daily price file (.csv, .csv.gz).")
    Path prices;

    @Option(names = "--out", required = true, description = "Version folder to create.")
    Path out;

    @Option(
            names = "--horizon",
            defaultValue = "" + PriceConversionOptions.DEFAULT_HORIZON,
            description = "Trading days the main target looks ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--validation-from",
            description =
                    "First validation date, YYYY-MM-DD (default: the last quarter of eras with"
                            + " targets).")
    LocalDate validationFrom;

    @Option(
            names = "--embargo",
            defaultValue = "" + PriceConversionOptions.DEFAULT_EMBARGO,
            description = "Eras left out before validation (default: ${DEFAULT-VALUE}).")
    int embargo;

    @Option(
            names = "--format",
            defaultValue = "parquet",
            description = "parquet or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--force", description = "Replace --out when it exists.")
    boolean force;

    /** Short-term reversal: the feature whose per-era Spearman with the target is reported. */
    private static final String SIGNAL_FEATURE = "feature_reversal_ret_20";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        long started = System.nanoTime();
        PriceConversionOptions options = options();
        NumeraiFormat fileFormat = fileFormat();
        Path temporary = AtomicOutput.prepare(out, force);

        PriceLoad load = PriceCsvReader.read(prices);
        PriceConversion conversion = PriceEraBuilder.build(load.history(), options);
        try {
            NumeraiWriter.writeVersionDirectory(conversion.table(), temporary, fileFormat);
            ErasCsv.write(conversion.eras(), temporary.resolve(ErasCsv.FILE_NAME));
            AtomicOutput.commit(temporary, out);
        } catch (RuntimeException e) {
            AtomicOutput.discard(temporary);
            throw e;
        }
        report(load, conversion, (System.nanoTime() - started) / 1e9);
    }

    private PriceConversionOptions options() {
        try {
            return new PriceConversionOptions(
                    horizon, Optional.ofNullable(validationFrom), embargo);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad_option", e.getMessage());
        }
    }

    private NumeraiFormat fileFormat() {
        return switch (format) {
            case "parquet" -> NumeraiFormat.PARQUET;
            case "csv" -> NumeraiFormat.CSV;
            default ->
                    throw new BadInputException(
                            "bad_option", "--format '" + format + "' is not parquet or csv");
        };
    }

    private void report(PriceLoad load, PriceConversion conversion, double seconds) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "read %d price rows (skipped %d empty, %d repeated), %d tickers, %d trading days%n",
                load.rowsRead(),
                load.emptyRowsSkipped(),
                load.duplicateRowsSkipped(),
                load.history().tickerCount(),
                load.history().dayCount());
        stdout.printf(
                "wrote %d rows, %d features, targets %s to %s in %.1f s%n",
                conversion.table().rows(),
                conversion.table().featureCount(),
                String.join(", ", conversion.table().targetNames()),
                out,
                seconds);
        stdout.printf(
                "missing feature values (stored as 2): %d; rows left out for lack of a target: %d%n",
                conversion.missingTotal(), conversion.rowsWithoutTarget());
        for (EraRole role : EraRole.values()) {
            stdout.println(roleLine(role, conversion.eras()));
        }
        for (DataType type : List.of(DataType.TRAIN, DataType.VALIDATION)) {
            stdout.println(signalLine(conversion, type));
        }
        stdout.flush();
    }

    private static String signalLine(PriceConversion conversion, DataType type) {
        double[] corr =
                SignalCheck.perEraSpearman(
                        conversion.table(), SIGNAL_FEATURE, PriceEraBuilder.TARGET, type);
        DescriptiveStatistics stats = new DescriptiveStatistics(corr);
        long positive = Arrays.stream(corr).filter(c -> c > 0).count();
        return String.format(
                "signal check (%s eras): per-era Spearman of %s with target: mean %.4f, sd %.4f,"
                        + " positive in %d of %d eras",
                type.label(),
                SIGNAL_FEATURE,
                stats.getMean(),
                stats.getStandardDeviation(),
                positive,
                corr.length);
    }

    private static String roleLine(EraRole role, List<EraSummary> eras) {
        List<EraSummary> inRole = eras.stream().filter(era -> era.role() == role).toList();
        if (inRole.isEmpty()) {
            return String.format("%-10s 0 eras", role.label());
        }
        int[] rows = inRole.stream().mapToInt(EraSummary::rows).sorted().toArray();
        return String.format(
                "%-10s %3d eras %s (%s) to %s (%s), rows per era min %d median %d max %d",
                role.label(),
                inRole.size(),
                NumeraiWriter.eraLabel(inRole.get(0).era()),
                inRole.get(0).date(),
                NumeraiWriter.eraLabel(inRole.get(inRole.size() - 1).era()),
                inRole.get(inRole.size() - 1).date(),
                rows[0],
                rows[rows.length / 2],
                rows[rows.length - 1]);
    }
}
