package dev.dynamos.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumeraiWriterTest {

    @TempDir Path dir;

    @Test
    void versionDirectoryHoldsEachSplitWithNumeraiColumnTypes() throws SQLException {
        EraTable table = SmallTables.table(6, 10, 1);

        NumeraiWriter.writeVersionDirectory(table, dir, NumeraiFormat.PARQUET);

        assertThat(dir.resolve("features.json")).exists();
        assertThat(count("train.parquet")).isEqualTo(40);
        assertThat(count("validation.parquet")).isEqualTo(20);
        assertThat(count("live.parquet")).isEqualTo(10);
        assertThat(query("SELECT min(era) FROM read_parquet(?)", "train.parquet"))
                .isEqualTo("0001");
        assertThat(
                        query(
                                "SELECT string_agg(DISTINCT data_type, ',' ORDER BY data_type)"
                                        + " FROM read_parquet(?)",
                                "validation.parquet"))
                .isEqualTo("test,validation");
        assertThat(
                        query(
                                "SELECT typeof(feature_beta) FROM read_parquet(?) LIMIT 1",
                                "train.parquet"))
                .isEqualTo("TINYINT");
        assertThat(query("SELECT count(*) - count(target) FROM read_parquet(?)", "live.parquet"))
                .isEqualTo("10");
    }

    @Test
    void emptySplitsAreStillWritten() throws SQLException {
        EraTable trainOnly =
                SmallTables.table(6, 10, 2)
                        .selectDataTypes(java.util.EnumSet.of(dev.dynamos.data.DataType.TRAIN));

        NumeraiWriter.writeVersionDirectory(trainOnly, dir, NumeraiFormat.CSV);

        assertThat(Files.exists(dir.resolve("live.csv"))).isTrue();
        assertThat(count("train.csv")).isEqualTo(40);
        assertThat(count("live.csv")).isZero();
    }

    @Test
    void eraLabelIsZeroPaddedToFourDigits() {
        assertThat(NumeraiWriter.eraLabel(7)).isEqualTo("0007");
        assertThat(NumeraiWriter.eraLabel(1198)).isEqualTo("1198");
    }

    private long count(String file) throws SQLException {
        String reader = file.endsWith(".csv") ? "read_csv" : "read_parquet";
        return Long.parseLong(query("SELECT count(*) FROM " + reader + "(?)", file));
    }

    private String query(String sql, String file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, dir.resolve(file).toString());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
