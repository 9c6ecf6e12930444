package dev.dynamos.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionWriterTest {

    @TempDir Path dir;

    @Test
    void writtenFileReadsBackExactlyAndValidates() throws IOException {
        String[] ids = SubmissionFixtures.randomIds(100, new Random(1)).toArray(String[]::new);
        double[] ranked = SubmissionRanker.rank(randomValues(100, new Random(2)));
        Path file = dir.resolve("sub.csv");

        SubmissionValidation result = SubmissionWriter.write(file, ids, ranked, Set.of(ids), false);

        List<String> lines = Files.readAllLines(file);
        assertThat(result.valid()).isTrue();
        assertThat(lines.get(0)).isEqualTo("id,prediction");
        assertThat(lines).hasSize(101);
        for (int r = 0; r < ids.length; r++) {
            String[] fields = lines.get(r + 1).split(",");
            assertThat(fields[0]).isEqualTo(ids[r]);
            assertThat(Double.parseDouble(fields[1])).isEqualTo(ranked[r]);
        }
    }

    @Test
    void existingFileIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path file = Files.writeString(dir.resolve("sub.csv"), "old");
        String[] ids = {"a", "b"};
        double[] values = {0.25, 0.75};

        assertThatThrownBy(() -> SubmissionWriter.write(file, ids, values, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("output_exists: ");
        assertThat(Files.readString(file)).isEqualTo("old");

        SubmissionWriter.write(file, ids, values, true);
        assertThat(Files.readAllLines(file)).containsExactly("id,prediction", "a,0.25", "b,0.75");
    }

    @Test
    void invalidSubmissionLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("sub.csv");
        Set<String> live = new LinkedHashSet<>(List.of("a", "b", "c"));

        assertThatThrownBy(
                        () ->
                                SubmissionWriter.write(
                                        file,
                                        new String[] {"a", "b"},
                                        new double[] {0.2, 0.8},
                                        live,
                                        false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("invalid_submission_ids: ")
                .hasMessageContaining(file.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private static double[] randomValues(int n, Random random) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }
}
