package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EraScoringTest {

    private static final long SEED = 3L;
    private static final int[] ERA_START = {0, 120, 260, 400};
    private static final int ROWS = 400;

    @Test
    void scoresEachEraLikeTheSingleEraFunctions() {
        Random random = new Random(SEED);
        double[] predictions = new double[ROWS];
        float[] targets = new float[ROWS];
        double[] meta = new double[ROWS];
        byte[][] features = new byte[3][ROWS];
        for (int r = 0; r < ROWS; r++) {
            predictions[r] = random.nextDouble();
            targets[r] = random.nextInt(5) / 4f;
            meta[r] = r < ERA_START[1] ? Double.NaN : random.nextDouble();
            for (byte[] column : features) {
                column[r] = (byte) random.nextInt(5);
            }
        }
        EraScoring.Input input =
                new EraScoring.Input(
                        ERA_START,
                        predictions,
                        targets,
                        Optional.of(meta),
                        Optional.empty(),
                        Optional.of(features));

        EraScores scores = EraScoring.score(input, era -> {});

        assertThat(scores.bmc()).isEmpty();
        assertThat(scores.mmc().orElseThrow()[0]).as("era without meta model").isNaN();
        for (int e = 0; e < ERA_START.length - 1; e++) {
            double[] p = slice(predictions, e);
            double[] t = slice(toDouble(targets), e);
            double[][] f = new double[features.length][];
            for (int j = 0; j < f.length; j++) {
                f[j] = slice(toDouble(features[j]), e);
            }
            assertThat(scores.corr()[e]).isCloseTo(NumeraiCorr.numeraiCorr(p, t), within(EXACT));
            assertThat(scores.fnc().orElseThrow()[e])
                    .isCloseTo(FeatureNeutralCorr.featureNeutralCorr(p, f, t), within(EXACT));
            assertThat(scores.maxFeatureExposure().orElseThrow()[e])
                    .isCloseTo(FeatureExposure.maxExposure(p, f), within(EXACT));
            if (e > 0) {
                assertThat(scores.mmc().orElseThrow()[e])
                        .isCloseTo(
                                Contribution.correlationContribution(p, slice(meta, e), t),
                                within(EXACT));
            }
        }
    }

    private static double[] slice(double[] values, int era) {
        return Arrays.copyOfRange(values, ERA_START[era], ERA_START[era + 1]);
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static double[] toDouble(byte[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
