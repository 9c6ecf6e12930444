package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadsTest {

    @TempDir Path folder;

    @Test
    void cudaWithLightGbmIsBadInputWithAHint() {
        assertThatThrownBy(() -> Heads.resolveDevice(HeadKind.LIGHTGBM, Device.CUDA))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("unsupported_device")
                .hasMessageContaining("device: cpu");
    }

    @Test
    void cudaForXGBoostNeedsAGpu() {
        if (Heads.gpuPresent()) {
            assertThat(Heads.resolveDevice(HeadKind.XGBOOST, Device.CUDA)).isEqualTo(Device.CUDA);
        } else {
            assertThatThrownBy(() -> Heads.resolveDevice(HeadKind.XGBOOST, Device.CUDA))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("no_gpu");
        }
    }

    @Test
    void autoFallsBackToTheCpuWithoutAGpuAndAlwaysForLightGbm() {
        assertThat(Heads.resolveDevice(HeadKind.LIGHTGBM, Device.AUTO)).isEqualTo(Device.CPU);
        Device expected = Heads.gpuPresent() ? Device.CUDA : Device.CPU;
        assertThat(Heads.resolveDevice(HeadKind.XGBOOST, Device.AUTO)).isEqualTo(expected);
    }

    @Test
    void loadRejectsUnknownExtensionsAndMissingFiles() throws IOException {
        Path odd = Files.writeString(folder.resolve("model.bin"), "x");
        assertThatThrownBy(() -> Heads.load(odd))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("unknown_model_format");
        assertThatThrownBy(() -> Heads.load(folder.resolve("absent.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_file");
    }

    @Test
    void corruptModelFileBecomesAHeadExceptionNamingTheOperation() throws IOException {
        Path broken = Files.writeString(folder.resolve("model.txt"), "not a model");
        assertThatThrownBy(() -> Heads.load(broken))
                .isInstanceOf(HeadException.class)
                .hasMessageStartingWith("lightgbm load");
    }
}
