package dev.dynamos.submission;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the ids of the current round's live rows, which a submission must cover. */
public final class LiveIds {

    /** File names looked for, in order, when the live path is a dataset version folder. */
    private static final String[] LIVE_FILE_NAMES = {"live.parquet", "live.csv"};

    private LiveIds() {}

    /**
     * Returns the live ids in file order.
     *
     * @param path a {@code live.parquet} or {@code .csv} file with an {@code id} column, or a
     *     dataset version folder holding one
     * @return the distinct non-empty ids, unmodifiable, in file order
     * @throws BadInputException when the file is missing, unreadable or has no {@code id} column
     */
    public static Set<String> read(Path path) {
        Path file = resolve(path);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            checkHasIdColumn(statement, file);
            try (ResultSet result = statement.executeQuery("SELECT id FROM " + source(file))) {
                Set<String> ids = new LinkedHashSet<>();
                while (result.next()) {
                    String id = result.getString(1);
                    if (id != null && !id.isEmpty()) {
                        ids.add(id);
                    }
                }
                return Collections.unmodifiableSet(ids);
            }
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_live_file", file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Path resolve(Path path) {
        if (Files.isDirectory(path)) {
            for (String name : LIVE_FILE_NAMES) {
                if (Files.isRegularFile(path.resolve(name))) {
                    return path.resolve(name);
                }
            }
            throw new BadInputException(
                    "missing_file",
                    path + " holds neither live.parquet nor live.csv; download the live file");
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(
                    "missing_file", path + " does not exist; expected live.parquet or a folder");
        }
        return path;
    }

    private static void checkHasIdColumn(Statement statement, Path file) throws SQLException {
        try (ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM " + source(file))) {
            while (result.next()) {
                if ("id".equals(result.getString(1))) {
                    return;
                }
            }
        }
        throw new BadInputException(
                "missing_column", file + " has no 'id' column; expected Numerai's live file");
    }

    private static String source(Path file) {
        String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "read_csv(" + literal + ", header=true, all_varchar=true)";
        }
        return "read_parquet(" + literal + ")";
    }
}
