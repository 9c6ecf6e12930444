package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrScorerTest {

    private static final long SEED = 99L;
    private static final int[] ERA_START = {0, 300, 300 + 450, 300 + 450 + 200};
    private static final int ROWS = ERA_START[ERA_START.length - 1];

    @Test
    void matchesNumeraiCorrOnEveryEra() {
        Random random = new Random(SEED);
        float[] targets = randomTargets(random, 0.05);
        float[] predictions = randomTiedPredictions(random);

        CorrScorer scorer = new CorrScorer(targets, ERA_START);
        double[] byEra = scorer.corrByEra(predictions);

        for (int e = 0; e < scorer.eraCount(); e++) {
            double expected = NumeraiCorr.numeraiCorr(eraOf(predictions, e), eraOf(targets, e));
            assertThat(byEra[e]).as("era %d", e).isCloseTo(expected, within(EXACT));
        }
    }

    @Test
    void optionsAreHonoured() {
        Random random = new Random(SEED + 1);
        float[] targets = randomTargets(random, 0.0);
        float[] predictions = randomTiedPredictions(random);
        CorrOptions options = CorrOptions.DEFAULT.withTargetPow15(false).withTopBottom(50);

        CorrScorer scorer = new CorrScorer(targets, ERA_START, options);

        for (int e = 0; e < scorer.eraCount(); e++) {
            double expected =
                    NumeraiCorr.numeraiCorr(eraOf(predictions, e), eraOf(targets, e), options);
            assertThat(scorer.corr(e, eraOfFloats(predictions, e)))
                    .isCloseTo(expected, within(EXACT));
        }
    }

    @Test
    void doublePredictionsAndSmallEraMatchTheReference() {
        float[] targets = new float[SmallEra.TARGETS.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = (float) SmallEra.TARGETS[i];
        }
        CorrScorer scorer = new CorrScorer(targets, new int[] {0, targets.length});

        assertThat(scorer.corr(0, SmallEra.PREDICTIONS)).isCloseTo(SmallEra.CORR, within(QUANTILE));
        assertThat(SmallEra.PREDICTIONS[0]).isEqualTo(0.3);
    }

    @Test
    void floatAndDoublePredictionsScoreAlike() {
        Random random = new Random(SEED + 3);
        float[] targets = randomTargets(random, 0.1);
        float[] predictions = randomTiedPredictions(random);
        predictions[7] = Float.NaN;
        predictions[8] = -0.0f;
        predictions[9] = 0.0f;
        double[] doubles = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            doubles[i] = predictions[i];
        }
        CorrScorer scorer = new CorrScorer(targets, ERA_START);

        assertThat(scorer.corrByEra(doubles))
                .containsExactly(scorer.corrByEra(predictions), within(EXACT));
    }

    @Test
    void repeatedCallsGiveTheSameNumber() {
        Random random = new Random(SEED + 2);
        float[] targets = randomTargets(random, 0.0);
        float[] predictions = randomTiedPredictions(random);
        CorrScorer scorer = new CorrScorer(targets, ERA_START);

        double first = scorer.corr(1, predictions, ERA_START[1]);
        scorer.corr(0, predictions, 0);

        assertThat(scorer.corr(1, predictions, ERA_START[1])).isEqualTo(first);
    }

    @Test
    void wrongEraLengthIsRejected() {
        CorrScorer scorer = new CorrScorer(new float[ROWS], ERA_START);

        assertThatThrownBy(() -> scorer.corr(0, new float[10]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("era 0 has 300 rows, got 10");
    }

    private static float[] randomTargets(Random random, double nanShare) {
        float[] targets = new float[ROWS];
        for (int i = 0; i < ROWS; i++) {
            targets[i] = random.nextDouble() < nanShare ? Float.NaN : random.nextInt(5) / 4f;
        }
        return targets;
    }

    private static float[] randomTiedPredictions(Random random) {
        float[] predictions = new float[ROWS];
        for (int i = 0; i < ROWS; i++) {
            predictions[i] = Math.round(random.nextFloat() * 40) / 40f;
        }
        return predictions;
    }

    private static double[] eraOf(float[] values, int era) {
        double[] result = new double[ERA_START[era + 1] - ERA_START[era]];
        for (int i = 0; i < result.length; i++) {
            result[i] = values[ERA_START[era] + i];
        }
        return result;
    }

    private static float[] eraOfFloats(float[] values, int era) {
        float[] result = new float[ERA_START[era + 1] - ERA_START[era]];
        System.arraycopy(values, ERA_START[era], result, 0, result.length);
        return result;
    }
}
