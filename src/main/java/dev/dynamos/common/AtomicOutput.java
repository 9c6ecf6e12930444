package dev.dynamos.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes outputs under a temporary name beside the destination and renames them into place only
 * when complete, so that a failed or interrupted command never leaves a half-written file and never
 * replaces what the user already has without {@code --force}.
 */
public final class AtomicOutput {

    private AtomicOutput() {}

    /**
     * Returns a fresh temporary path in the destination's folder, for a file or folder that will
     * later be moved to {@code destination} with {@link #commit}.
     *
     * @param destination the final path
     * @param force whether an existing destination may be replaced
     * @return a temporary sibling path that does not exist yet
     * @throws BadInputException when the destination exists and {@code force} is false
     */
    public static Path prepare(Path destination, boolean force) {
        Path absolute = requireWritable(destination, force);
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            return parent.resolve(
                    "."
                            + absolute.getFileName()
                            + ".tmp-"
                            + ProcessHandle.current().pid()
                            + "-"
                            + System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder for " + absolute, e);
        }
    }

    /**
     * Fails early, before any work, when a command's output already exists and may not be replaced;
     * {@link #prepare} checks the same again when the output is written.
     *
     * @param destination the final path
     * @param force whether an existing destination may be replaced
     * @return the destination as an absolute, normalised path
     * @throws BadInputException when the destination exists and {@code force} is false
     */
    public static Path requireWritable(Path destination, boolean force) {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !force) {
            throw new BadInputException(
                    "output_exists",
                    absolute
                            + " already exists; choose another path or pass --force to replace it");
        }
        return absolute;
    }

    /**
     * Moves a completed temporary file or folder into place, replacing the destination when it
     * exists (the caller has checked {@code --force} in {@link #prepare}).
     *
     * @param temporary the completed output
     * @param destination the final path
     */
    public static void commit(Path temporary, Path destination) {
        Path absolute = destination.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                deleteRecursively(absolute);
            }
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + temporary + " to " + absolute, e);
        }
    }

    /**
     * Removes a temporary output left by a failed command; does nothing when it is absent.
     *
     * @param temporary the temporary file or folder
     */
    public static void discard(Path temporary) {
        try {
            if (Files.exists(temporary)) {
                deleteRecursively(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove temporary output " + temporary, e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                            throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
