package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LightGbmHeadTest extends BoosterHeadContract {

    @Override
    Head newHead(BoosterParams params) {
        return new LightGbmHead(params);
    }

    @Override
    String modelFileName() {
        return "model.txt";
    }

    @Test
    void rejectsTheGpu() {
        assertThatThrownBy(() -> new LightGbmHead(SMALL.withDevice(Device.CUDA)))
                .hasMessageContaining("cpu only");
    }
}
