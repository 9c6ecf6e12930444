package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthWriterTest {

    private static final SynthOptions SMALL = new SynthOptions(30, 100, 12, 3, 2, 7.0, 5L);

    private static final List<String> FILES =
            List.of(
                    "train.parquet",
                    "validation.parquet",
                    "live.parquet",
                    "features.json",
                    SynthWriter.TRUTH_FILE);

    @TempDir Path tmp;

    @Test
    void writesEveryFileOfAVersionAndTheSameBytesTwice() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");

        SynthWriter.write(SynthGenerator.generate(SMALL), first, false);
        SynthWriter.write(SynthGenerator.generate(SMALL), second, false);

        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void writtenFolderReadsBackAsTheGeneratedTable() {
        SyntheticData data = SynthGenerator.generate(SMALL);
        Path dir = tmp.resolve("version");

        SynthWriter.write(data, dir, false);
        EraTable read = NumeraiReader.read(dir);

        EraTable table = data.table();
        assertThat(read.rows()).isEqualTo(table.rows());
        assertThat(read.eraNumbers()).containsExactly(table.eraNumbers());
        assertThat(read.featureSets()).isEqualTo(table.featureSets());
        for (int f = 0; f < table.featureCount(); f++) {
            assertThat(read.column(f)).containsExactly(table.column(f));
        }
        for (String target : table.targetNames()) {
            assertThat(read.target(target)).containsExactly(table.target(target));
        }
        assertThat(SynthTruth.read(dir.resolve(SynthWriter.TRUTH_FILE))).isEqualTo(data.truth());
    }

    @Test
    void refusesAnExistingFolderWithoutForceAndReplacesItWithForce() throws IOException {
        Path dir = tmp.resolve("existing");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "mine");
        SyntheticData data = SynthGenerator.generate(SMALL);

        assertThatThrownBy(() -> SynthWriter.write(data, dir, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("output_exists");
        assertThat(dir.resolve("keep.txt")).exists();

        SynthWriter.write(data, dir, true);
        assertThat(dir.resolve("keep.txt")).doesNotExist();
        assertThat(dir.resolve(SynthWriter.TRUTH_FILE)).exists();
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("existing");
        }
    }
}
