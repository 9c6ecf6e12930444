package dev.dynamos.data.prices;

import dev.dynamos.data.io.NumeraiWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code eras.csv}: one line per era with its number, date, role and written rows, so that
 * era numbers can be mapped back to calendar dates. Embargo eras are listed with 0 rows.
 */
public final class ErasCsv {

    /** File name inside a version folder. */
    public static final String FILE_NAME = "eras.csv";

    /** The header line. */
    public static final String HEADER = "era,date,data_type,rows";

    private ErasCsv() {}

    /**
     * Writes the era list to a file, replacing it.
     *
     * @param eras eras in date order
     * @param file the CSV to write
     */
    public static void write(List<EraSummary> eras, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (EraSummary era : eras) {
                out.write(
                        NumeraiWriter.eraLabel(era.era())
                                + ","
                                + era.date()
                                + ","
                                + era.role().label()
                                + ","
                                + era.rows());
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
