package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskRecoveryTest {

    private static final List<String> FEATURES = List.of("f0", "f1", "f2", "f3");
    private static final Map<Integer, Set<String>> INFORMATIVE =
            Map.of(0, Set.of("f0", "f1"), 1, Set.of("f2", "f9"));

    @Test
    void recallAndPrecisionPerRegimeOfKnownMasks() {
        boolean[][] masks = {
            {true, false, true, false}, {true, true, false, false}, {false, false, false, false}
        };
        int[] regimes = {0, 0, 1};

        List<RegimeRecovery> recovery =
                MaskRecovery.perRegime(masks, FEATURES, regimes, INFORMATIVE);

        // Regime 0: era 0 recall 1/2 precision 1/2, era 1 recall 1 precision 1.
        RegimeRecovery first = recovery.get(0);
        assertThat(first.regime()).isZero();
        assertThat(first.eras()).isEqualTo(2);
        assertThat(first.informativeFeatures()).isEqualTo(2);
        assertThat(first.recall()).hasValue(0.75);
        assertThat(first.precision()).hasValue(0.75);
        // Regime 1: f9 is no candidate; era 2 keeps nothing, so precision is undefined.
        RegimeRecovery second = recovery.get(1);
        assertThat(second.informativeFeatures()).isEqualTo(1);
        assertThat(second.recall()).hasValue(0.0);
        assertThat(second.precision()).isEmpty();
    }

    @Test
    void markdownShowsUndefinedPrecisionAsNotApplicable() {
        boolean[][] masks = {{false, false, false, false}};

        String markdown =
                MaskRecovery.toMarkdown(
                        MaskRecovery.perRegime(masks, FEATURES, new int[] {1}, INFORMATIVE));

        assertThat(markdown).endsWith("| 1 | 1 | 1 | 0.0000 | n/a |\n");
    }

    @Test
    void regimeWithoutTruthIsRejected() {
        boolean[][] masks = {{true, true, true, true}};

        assertThatThrownBy(
                        () -> MaskRecovery.perRegime(masks, FEATURES, new int[] {7}, INFORMATIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regime 7");
    }
}
