package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import org.junit.jupiter.api.Test;

class AgentConfigTest {

    @Test
    void absentKeysTakeDefaultsAndYamlRoundTrips() {
        AgentConfig config = AgentConfig.fromYaml("steps: 7\ngroupMode: PER_GROUP\n", "test");

        assertThat(config.steps()).isEqualTo(7);
        assertThat(config.masksPerStep()).isEqualTo(AgentConfig.DEFAULT_MASKS_PER_STEP);
        assertThat(AgentConfig.fromYaml(config.toYaml(), "round trip")).isEqualTo(config);
    }

    @Test
    void badValuesAndUnknownKeysAreRejectedByName() {
        assertThatThrownBy(() -> AgentConfig.fromYaml("masksPerStep: 1\n", "cfg.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("masksPerStep");
        assertThatThrownBy(() -> AgentConfig.fromYaml("hiddenSise: 8\n", "cfg.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("hiddenSise");
    }
}
