package dev.dynamos.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files written by other tools: other column types, NULL and NaN cells, many columns. */
class NumeraiReaderParquetTest {

    private static final int FEATURES = 70;

    @TempDir Path dir;

    @Test
    void missingCellsAreFilledAndCountedAcrossParallelColumnGroups() throws SQLException {
        Path file = dir.resolve("train.parquet");
        StringBuilder sql = new StringBuilder("COPY (SELECT 'n' || i AS id, 10 + i % 3 AS era");
        for (int f = 0; f < FEATURES; f++) {
            sql.append(", CAST(NULLIF((i + ").append(f).append(") % 6, 5) AS TINYINT) AS ");
            sql.append("feature_").append(f);
        }
        sql.append(", CASE WHEN i % 4 = 0 THEN 'NaN'::DOUBLE ELSE (i % 5)::DOUBLE END")
                .append(" AS feature_float");
        sql.append(", (i % 5) / 4.0 AS target FROM range(300) r(i) ORDER BY i % 3, i)");
        execute(sql.append(" TO '").append(file).append("' (FORMAT PARQUET)").toString());

        ReadResult result = NumeraiReader.readWithReport(file, ReadOptions.defaults());
        EraTable table = result.table();

        assertThat(FeatureGroupLoader.groupCount(FEATURES + 1))
                .isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), 2));
        assertThat(table.eraNumbers()).containsExactly(10, 11, 12);
        assertThat(table.dataType(0)).isEqualTo(DataType.TRAIN);
        // Each of the 70 int8 columns is NULL in 50 of 300 rows; the float column NaN in 75.
        assertThat(result.missingFeatureCells()).isEqualTo(FEATURES * 50L + 75L);
        for (int r = 0; r < table.rows(); r++) {
            int i = Integer.parseInt(table.id(r).substring(1));
            int expected = i % 6 == 5 ? 2 : i % 6;
            assertThat(table.column(0)[r]).isEqualTo((byte) expected);
            int floatExpected = i % 4 == 0 ? 2 : i % 5;
            assertThat(table.column(FEATURES)[r]).isEqualTo((byte) floatExpected);
            assertThat(table.target("target")[r]).isEqualTo((i % 5) / 4f);
        }
    }

    @Test
    void negativeInt8FeatureIsRejectedNotTakenAsMissing() throws SQLException {
        Path file = dir.resolve("validation.parquet");
        execute(
                "COPY (SELECT 'n' || i AS id, '0001' AS era, CAST(CASE WHEN i = 7 THEN -1"
                        + " ELSE i % 5 END AS TINYINT) AS feature_a FROM range(20) r(i)) TO '"
                        + file
                        + "' (FORMAT PARQUET)");

        assertThatThrownBy(() -> NumeraiReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_feature_value")
                .hasMessageContaining("feature_a holds value -1 at id 'n7'");
    }

    @Test
    void nonIntegerFloatFeatureIsRejectedWithItsValue() throws SQLException {
        Path file = dir.resolve("live.parquet");
        execute(
                "COPY (SELECT 'n' || i AS id, '0001' AS era, CASE WHEN i = 3 THEN 2.5"
                        + " ELSE 1.0 END AS feature_a FROM range(5) r(i)) TO '"
                        + file
                        + "' (FORMAT PARQUET)");

        assertThatThrownBy(() -> NumeraiReader.read(file))
                .hasMessageContaining("feature_a holds value 2.5 at id 'n3'");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
