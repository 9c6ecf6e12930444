package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import java.nio.file.Path;
import java.util.Locale;

/** The file format of a Numerai-layout file: Parquet (Numerai's own) or CSV. */
public enum NumeraiFormat {
    PARQUET,
    CSV;

    /** Returns the file name extension without the dot ({@code parquet} or {@code csv}). */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the format a file name's extension names.
     *
     * @param file a path ending in {@code .parquet} or {@code .csv}
     * @return the matching format
     * @throws BadInputException when the extension is neither
     */
    public static NumeraiFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new BadInputException(
                "unknown_format", file + " is neither a .parquet nor a .csv file");
    }
}
