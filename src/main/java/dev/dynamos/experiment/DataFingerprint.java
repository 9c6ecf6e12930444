package dev.dynamos.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run was trained on: the data files with their sizes and modification times, and the rows
 * and eras loaded. Written to {@code data.json} in the run folder so that a rerun can check it sees
 * the same data.
 *
 * @param files the files read
 * @param rows rows loaded (after era and data-type selection)
 * @param eras eras loaded
 * @param features feature columns loaded
 */
public record DataFingerprint(List<FileEntry> files, int rows, int eras, int features) {

    /**
     * One data file.
     *
     * @param path the file's absolute path
     * @param bytes its size
     * @param modified its last modification time, ISO-8601
     */
    public record FileEntry(String path, long bytes, String modified) {}

    /** Compact constructor: copies the file list. */
    public DataFingerprint {
        files = List.copyOf(files);
    }

    /**
     * Describes data files and the table loaded from them.
     *
     * @param paths files read
     * @param rows rows loaded
     * @param eras eras loaded
     * @param features features loaded
     * @return the fingerprint
     */
    public static DataFingerprint of(List<Path> paths, int rows, int eras, int features) {
        List<FileEntry> entries = new ArrayList<>();
        for (Path path : paths) {
            try {
                entries.add(
                        new FileEntry(
                                path.toAbsolutePath().normalize().toString(),
                                Files.size(path),
                                Files.getLastModifiedTime(path).toInstant().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot describe data file " + path, e);
            }
        }
        return new DataFingerprint(entries, rows, eras, features);
    }
}
