package dev.dynamos.cli;

import dev.dynamos.data.EraTable;
import dev.dynamos.experiment.PredictionFiles;
import dev.dynamos.scoring.EraScores;
import java.io.StringWriter;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Formats per-era scores as CSV text: era, rows, then one column per computed score. */
final class PerEraCsv {

    private PerEraCsv() {}

    /**
     * Returns the CSV text of one row per era; NaN scores are empty cells.
     *
     * @param table the scored rows (for era numbers and sizes)
     * @param scores the per-era scores, one per era of the table
     */
    static String of(EraTable table, EraScores scores) {
        String[] eras = new String[table.eraCount()];
        int[] rows = new int[table.eraCount()];
        for (int e = 0; e < eras.length; e++) {
            eras[e] = PredictionFiles.eraLabel(table.era(e));
            rows[e] = table.eraSize(e);
        }
        Table csv =
                Table.create(
                        "per_era",
                        StringColumn.create("era", eras),
                        IntColumn.create("rows", rows));
        csv.addColumns(scoreColumn("corr", scores.corr()));
        addIfPresent(csv, "mmc", scores.mmc());
        addIfPresent(csv, "bmc", scores.bmc());
        addIfPresent(csv, "fnc", scores.fnc());
        addIfPresent(csv, "max_feature_exposure", scores.maxFeatureExposure());
        StringWriter writer = new StringWriter();
        csv.write().csv(writer);
        return writer.toString();
    }

    private static void addIfPresent(Table csv, String name, Optional<double[]> values) {
        values.ifPresent(v -> csv.addColumns(scoreColumn(name, v)));
    }

    private static DoubleColumn scoreColumn(String name, double[] values) {
        // Tablesaw writes its missing value (NaN) as an empty cell.
        return DoubleColumn.create(name, values);
    }
}
