package dev.dynamos.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIdsTest {

    @TempDir Path dir;

    @Test
    void readsIdsOfAParquetFileInAVersionFolder() throws Exception {
        Path live = dir.resolve("live.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "COPY (SELECT * FROM (VALUES ('n2', '0001', 'live'), ('n1', '0001', 'live'))"
                            + " t(id, era, data_type)) TO '"
                            + live
                            + "' (FORMAT parquet)");
        }

        assertThat(LiveIds.read(dir)).containsExactly("n2", "n1");
        assertThat(LiveIds.read(live)).containsExactly("n2", "n1");
    }

    @Test
    void readsIdsOfACsvFile() throws Exception {
        Path live = Files.writeString(dir.resolve("live.csv"), "era,id\n0001,x\n0001,y\n");

        assertThat(LiveIds.read(live)).containsExactly("x", "y");
    }

    @Test
    void fileWithoutIdColumnIsBadInput() throws Exception {
        Path live = Files.writeString(dir.resolve("live.csv"), "era,key\n0001,x\n");

        assertThatThrownBy(() -> LiveIds.read(live))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_column: ");
    }

    @Test
    void folderWithoutLiveFileIsBadInput() {
        assertThatThrownBy(() -> LiveIds.read(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_file: ")
                .hasMessageContaining("live.parquet");
    }
}
