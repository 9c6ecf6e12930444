package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.synth.SynthOptions;
import org.junit.jupiter.api.Test;

class SynthCheckTest {

    @Test
    void knowingTheRegimeBeatsAStaticBoosterAndTheOracleBeatsBoth() {
        // Low noise and regimes that switch within 80 eras keep the direction clear at this size.
        SynthOptions data = new SynthOptions(80, 300, 16, 4, 2, 2.0, 3L);
        SynthCheckOptions boosters = new SynthCheckOptions(40, 4, 0.1, 0.5, 1);

        SynthCheckResult result = SynthCheck.run(data, boosters);

        assertThat(result.validationEras()).isEqualTo(16);
        assertThat(result.staticCorr()).isPositive();
        assertThat(result.regimeAwareCorr()).isGreaterThan(result.staticCorr());
        assertThat(result.oracleCorr()).isGreaterThan(result.regimeAwareCorr());
    }
}
