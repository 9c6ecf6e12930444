package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthOptionsTest {

    @TempDir Path tmp;

    @Test
    void rejectsBadFieldsByNameAndValue() {
        assertThatThrownBy(() -> new SynthOptions(400, 1000, 120, 121, 4, 12, 1))
                .hasMessageContaining("groups")
                .hasMessageContaining("121");
        assertThatThrownBy(() -> new SynthOptions(5, 1000, 120, 8, 4, 12, 1))
                .hasMessageContaining("eras must be at least 6, got 5");
        assertThatThrownBy(() -> new SynthOptions(400, 1000, 120, 8, 4, Double.NaN, 1))
                .hasMessageContaining("noise");
    }

    @Test
    void defaultLayoutHasAFifthOfErasForValidationAfterTheEmbargo() {
        EraLayout layout = SynthOptions.defaults().layout();

        assertThat(layout).isEqualTo(new EraLayout(316, 321, 400));
        assertThat(layout.liveEra()).isEqualTo(401);
        assertThat(layout.dataTypeOf(318)).isEmpty();
    }

    @Test
    void readingATruthFileThatIsNotOneIsBadInput() throws Exception {
        Path file = tmp.resolve("truth.json");
        Files.writeString(file, "{\"seed\": \"x\"}");

        assertThatThrownBy(() -> SynthTruth.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_truth_file");
    }
}
