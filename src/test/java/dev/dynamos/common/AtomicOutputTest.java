package dev.dynamos.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir Path dir;

    @Test
    void refusesToReplaceAnExistingOutputWithoutForce() throws IOException {
        Path existing = Files.writeString(dir.resolve("out.csv"), "keep me");

        assertThatThrownBy(() -> AtomicOutput.prepare(existing, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("output_exists")
                .hasMessageContaining("--force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void commitMovesTheCompletedFolderIntoPlace() throws IOException {
        Path destination = dir.resolve("run");
        Files.createDirectories(destination.resolve("old"));

        Path temporary = AtomicOutput.prepare(destination, true);
        Files.createDirectories(temporary);
        Files.writeString(temporary.resolve("metrics.json"), "{}");
        AtomicOutput.commit(temporary, destination);

        assertThat(destination.resolve("metrics.json")).exists();
        assertThat(destination.resolve("old")).doesNotExist();
        assertThat(temporary).doesNotExist();
    }
}
