package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ContributionTest {

    private static final long SEED = 11L;

    @Test
    void matchesTheNumpyReferenceOnASmallEra() {
        assertThat(
                        Contribution.correlationContribution(
                                SmallEra.PREDICTIONS, SmallEra.META_MODEL, SmallEra.TARGETS))
                .isCloseTo(SmallEra.MMC, within(QUANTILE));
    }

    @Test
    void predictionsEqualToTheMetaModelContributeNothing() {
        Random random = new Random(SEED);
        double[] predictions = new double[1000];
        double[] target = new double[1000];
        for (int i = 0; i < predictions.length; i++) {
            predictions[i] = random.nextDouble();
            target[i] = random.nextInt(5) / 4.0;
        }

        assertThat(Contribution.correlationContribution(predictions, predictions.clone(), target))
                .isCloseTo(0.0, within(EXACT));
    }

    @Test
    void predictionsBetterThanTheMetaModelContributePositively() {
        Random random = new Random(SEED);
        double[] predictions = new double[2000];
        double[] meta = new double[2000];
        double[] target = new double[2000];
        for (int i = 0; i < target.length; i++) {
            double signal = random.nextGaussian();
            target[i] = Math.max(0, Math.min(4, Math.round(2 + signal))) / 4.0;
            predictions[i] = signal + random.nextGaussian();
            meta[i] = random.nextGaussian();
        }

        assertThat(Contribution.correlationContribution(predictions, meta, target)).isPositive();
    }

    @Test
    void inputsAreNotModified() {
        double[] predictions = SmallEra.PREDICTIONS.clone();
        double[] meta = SmallEra.META_MODEL.clone();
        double[] target = SmallEra.TARGETS.clone();

        Contribution.correlationContribution(predictions, meta, target);

        assertThat(predictions).isEqualTo(SmallEra.PREDICTIONS);
        assertThat(meta).isEqualTo(SmallEra.META_MODEL);
        assertThat(target).isEqualTo(SmallEra.TARGETS);
    }
}
