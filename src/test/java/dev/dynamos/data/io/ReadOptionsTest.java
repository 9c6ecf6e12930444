package dev.dynamos.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void defaultsLoadEverything() {
        ReadOptions options = ReadOptions.defaults();

        assertThat(options.featureSet()).isEqualTo("all");
        assertThat(options.everyKthEra()).isEqualTo(1);
        assertThat(options.dataTypes()).hasSize(4);
        assertThat(options.targets()).isEmpty();
        assertThat(options.missingFeatureValue()).isEqualTo((byte) 2);
    }

    @Test
    void badFieldsAreRejectedByNameAndValue() {
        ReadOptions options = ReadOptions.defaults();

        assertThatThrownBy(() -> options.withEveryKthEra(0)).hasMessageContaining("everyKthEra");
        assertThatThrownBy(() -> options.withEraRange(9, 3)).hasMessageContaining("minEra 9");
        assertThatThrownBy(() -> options.withDataTypes(Set.of())).hasMessageContaining("dataTypes");
        assertThatThrownBy(() -> options.withMissingFeatureValue((byte) 5))
                .hasMessageContaining("missingFeatureValue must be in 0..4, got 5");
    }
}
