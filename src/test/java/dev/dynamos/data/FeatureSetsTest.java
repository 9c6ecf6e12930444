package dev.dynamos.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSetsTest {

    private static FeatureSets sets() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("all", List.of("feature_a", "feature_b", "feature_c"));
        sets.put("small", List.of("feature_a"));
        sets.put("wisdom", List.of("feature_b", "feature_c"));
        return new FeatureSets(sets, List.of("wisdom"));
    }

    @Test
    void resolvesNamedSetsAndExplicitLists() {
        assertThat(sets().resolve("small", "features.json")).containsExactly("feature_a");
        assertThat(sets().resolve("wisdom", "features.json"))
                .containsExactly("feature_b", "feature_c");
        assertThat(sets().resolve("feature_c,feature_a", "features.json"))
                .containsExactly("feature_c", "feature_a");
    }

    @Test
    void unknownSetNamesTheSetAndTheSource() {
        assertThatThrownBy(() -> sets().resolve("medium", "/data/v5/features.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'medium'")
                .hasMessageContaining("/data/v5/features.json")
                .hasMessageContaining("small");
    }

    @Test
    void groupOfNamesEachFeaturesGroup() {
        assertThat(sets().groupOf(List.of("feature_a", "feature_c")))
                .containsExactly("none", "wisdom");
    }
}
