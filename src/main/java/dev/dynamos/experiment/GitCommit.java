package dev.dynamos.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds the git commit of the working directory, when there is one. */
final class GitCommit {

    private static final long TIMEOUT_SECONDS = 5;

    private GitCommit() {}

    /** Returns {@code git rev-parse HEAD}, or empty when git or a repository is absent. */
    static Optional<String> current() {
        try {
            Process process =
                    new ProcessBuilder("git", "rev-parse", "HEAD")
                            .redirectErrorStream(true)
                            .start();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .trim();
            boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done || process.exitValue() != 0 || !output.matches("[0-9a-f]{40}")) {
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
