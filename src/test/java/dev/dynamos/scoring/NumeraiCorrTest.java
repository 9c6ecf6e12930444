package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static dev.dynamos.scoring.Fixtures.UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dynamos.common.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumeraiCorrTest {

    private static final long SEED = 20240611L;

    @Test
    void matchesTheNumpyReferenceOnASmallEra() {
        assertThat(NumeraiCorr.numeraiCorr(SmallEra.PREDICTIONS, SmallEra.TARGETS))
                .isCloseTo(SmallEra.CORR, within(QUANTILE));
    }

    @Test
    void targetPowerCanBeSwitchedOff() {
        CorrOptions plain = CorrOptions.DEFAULT.withTargetPow15(false);

        assertThat(NumeraiCorr.numeraiCorr(SmallEra.PREDICTIONS, SmallEra.TARGETS, plain))
                .isCloseTo(SmallEra.CORR_WITHOUT_TARGET_POWER, within(QUANTILE));
    }

    @Test
    void topBottomScoresOnlyTheExtremeRows() {
        CorrOptions topBottom = CorrOptions.DEFAULT.withTopBottom(3);

        assertThat(NumeraiCorr.numeraiCorr(SmallEra.PREDICTIONS, SmallEra.TARGETS, topBottom))
                .isCloseTo(SmallEra.CORR_TOP_BOTTOM_3, within(QUANTILE));
    }

    @Test
    void topBottomSplitOfUp() {
        NumeraiCorr.TopBottom split = NumeraiCorr.topBottom(UP, 2);

        assertThat(split.top()).containsExactly(3, 4);
        assertThat(split.bottom()).containsExactly(0, 1);
    }

    @Test
    void targetIsNotModifiedAndItsPowerRaisesTheScore() {
        double[] target = new double[100];
        for (int i = 0; i < target.length; i++) {
            target[i] = i / 100.0;
        }
        double[] copy = target.clone();
        double[] predictions = target.clone();

        double powered = NumeraiCorr.numeraiCorr(predictions, target);
        double plain =
                NumeraiCorr.numeraiCorr(
                        predictions, target, CorrOptions.DEFAULT.withTargetPow15(false));

        assertThat(target).isEqualTo(copy);
        assertThat(predictions).isEqualTo(copy);
        assertThat(Math.abs(powered)).isGreaterThan(Math.abs(plain));
    }

    @Test
    void monotoneTransformsOfPredictionsDoNotChangeCorr() {
        Random random = new Random(SEED);
        double[] predictions = new double[500];
        double[] target = new double[500];
        for (int i = 0; i < predictions.length; i++) {
            predictions[i] = Math.round(random.nextDouble() * 50) / 50.0;
            target[i] = random.nextInt(5) / 4.0;
        }
        double[] transformed = new double[predictions.length];
        for (int i = 0; i < predictions.length; i++) {
            transformed[i] = Math.exp(3 * predictions[i]) + Math.pow(predictions[i], 3) - 7;
        }

        assertThat(NumeraiCorr.numeraiCorr(transformed, target))
                .isEqualTo(NumeraiCorr.numeraiCorr(predictions, target));
    }

    @Test
    void nanRowsDropOutAfterTheTargetIsCentredOnAllRows() {
        double[] predictions = SmallEra.PREDICTIONS.clone();
        predictions[4] = Double.NaN;

        assertThat(NumeraiCorr.numeraiCorr(predictions, SmallEra.TARGETS))
                .isCloseTo(SmallEra.CORR_WITHOUT_ROW_4, within(QUANTILE));
    }

    @Test
    void tooManyNanRowsFailNamingTheSide() {
        double[] predictions = SmallEra.PREDICTIONS.clone();
        predictions[0] = Double.NaN;
        predictions[1] = Double.NaN;
        predictions[2] = Double.NaN;

        assertThatThrownBy(() -> NumeraiCorr.numeraiCorr(predictions, SmallEra.TARGETS))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("too_few_overlapping_ids")
                .hasMessageContaining("targets does not have enough overlapping ids")
                .hasMessageContaining("9 of its 12");
    }

    @Test
    void randomPredictionsScoreNearZeroOverManyEras() {
        Random random = new Random(SEED);
        int eras = 300;
        double[] scores = new double[eras];
        for (int e = 0; e < eras; e++) {
            double[] predictions = new double[400];
            double[] target = new double[400];
            for (int i = 0; i < predictions.length; i++) {
                predictions[i] = random.nextDouble();
                target[i] = random.nextInt(5) / 4.0;
            }
            scores[e] = NumeraiCorr.numeraiCorr(predictions, target);
        }
        EraSummary summary = EraSummary.of(scores);

        // Independent rows: per-era CORR ~ 1/sqrt(400) = 0.05 wide; the mean of 300 eras
        // stays within four standard errors of zero.
        assertThat(summary.std()).isBetween(0.03, 0.07);
        assertThat(Math.abs(summary.mean())).isLessThan(4 * summary.std() / Math.sqrt(eras));
    }
}
