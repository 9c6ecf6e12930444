package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class AttentionPolicyTest {

    private static final double FINITE_DIFFERENCE_STEP = 1e-6;
    private static final double GRADIENT_RELATIVE_TOLERANCE = 1e-4;
    private static final double GRADIENT_ABSOLUTE_TOLERANCE = 1e-8;
    private static final int FEATURES = 6;
    private static final int CHECKED_PARAMETERS = 60;
    private static final double PROBABILITY_SHIFT = 0.2;
    private static final int TOKEN_DIM = 4;

    @BeforeAll
    static void fewThreads() {
        Nd4jThreads.limit(1);
    }

    static AgentConfig tinyConfig(String extra) {
        return AgentConfig.fromYaml(
                "hiddenSize: 4\nheads: 2\nlayers: 1\nlearningRate: 0.01\n" + extra, "test");
    }

    private static FeatureTokens randomTokens(Random random, int features, int dim) {
        float[] values = new float[features * dim];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return new FeatureTokens(0, features, dim, values);
    }

    private static PolicyBatch randomBatch(Random random, FeatureTokens tokens) {
        float[][] masks = new float[3][FEATURES];
        double[] advantages = new double[3];
        for (int k = 0; k < 3; k++) {
            for (int f = 0; f < FEATURES; f++) {
                masks[k][f] = random.nextBoolean() ? 1f : 0f;
            }
            advantages[k] = random.nextGaussian();
        }
        float[] stored = new float[FEATURES];
        for (int f = 0; f < FEATURES; f++) {
            stored[f] = (float) random.nextGaussian();
        }
        return new PolicyBatch(tokens, masks, advantages, 1.0, 0.3, stored, 0.5);
    }

    private static void assertGradientMatchesFiniteDifferences(AgentConfig config) {
        Random random = new Random(7);
        int[] groups = {0, 0, 1, 1, 1, 0};
        AttentionPolicy policy =
                new AttentionPolicy(config, TOKEN_DIM, groups, 2, DataType.DOUBLE, random);
        PolicyBatch batch = randomBatch(random, randomTokens(random, FEATURES, TOKEN_DIM));
        double[] analytic = policy.gradient(batch);
        double[] theta = policy.parameters();
        int stride = Math.max(1, theta.length / CHECKED_PARAMETERS);
        for (int i = 0; i < theta.length; i += stride) {
            double saved = theta[i];
            theta[i] = saved + FINITE_DIFFERENCE_STEP;
            policy.setParameters(theta);
            double plus = policy.loss(batch);
            theta[i] = saved - FINITE_DIFFERENCE_STEP;
            policy.setParameters(theta);
            double minus = policy.loss(batch);
            theta[i] = saved;
            double numeric = (plus - minus) / (2 * FINITE_DIFFERENCE_STEP);
            double tolerance =
                    GRADIENT_ABSOLUTE_TOLERANCE + GRADIENT_RELATIVE_TOLERANCE * Math.abs(numeric);
            assertThat(analytic[i]).as("parameter %d", i).isCloseTo(numeric, within(tolerance));
        }
        policy.setParameters(theta);
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }

    @Test
    void sharedPolicyGradientMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(tinyConfig(""));
    }

    @Test
    void perGroupPolicyGradientMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(tinyConfig("groupMode: PER_GROUP\n"));
    }

    @Test
    void reinforceRaisesKeepProbabilityOfRewardedFeatures() {
        int features = 12;
        boolean[] good = new boolean[features];
        for (int f = 0; f < 4; f++) {
            good[f] = true;
        }
        Random random = new Random(11);
        AgentConfig config =
                AgentConfig.fromYaml("hiddenSize: 16\nheads: 2\nlearningRate: 0.003\n", "test");
        int[] groups = new int[features];
        AttentionPolicy policy =
                new AttentionPolicy(config, TOKEN_DIM, groups, 1, DataType.FLOAT, random);
        FeatureTokens tokens = randomTokens(random, features, TOKEN_DIM);
        float[] before = policy.keepProbabilities(policy.logits(tokens));
        for (int step = 0; step < 200; step++) {
            float[] p = policy.trainingProbabilities(policy.logits(tokens));
            float[][] masks = MaskSampler.bernoulli(p, 6, random);
            double[] rewards = new double[masks.length];
            for (int k = 0; k < masks.length; k++) {
                rewards[k] = shareOfKeptThatAreGood(masks[k], good);
            }
            double[] advantages = Advantages.leaveOneOutStandardised(rewards);
            List<PolicyBatch> batch = new ArrayList<>();
            batch.add(new PolicyBatch(tokens, masks, advantages, 1.0, 0.01, null, 0));
            policy.update(batch);
        }
        float[] after = policy.keepProbabilities(policy.logits(tokens));
        double goodGain = 0;
        double otherGain = 0;
        for (int f = 0; f < features; f++) {
            if (good[f]) {
                assertThat(after[f]).as("good feature %d", f).isGreaterThan(before[f]);
                goodGain += (after[f] - before[f]) / 4;
            } else {
                otherGain += (after[f] - before[f]) / (features - 4);
            }
        }
        assertThat(goodGain).isGreaterThan(PROBABILITY_SHIFT);
        assertThat(otherGain).isLessThan(-PROBABILITY_SHIFT);
    }

    private static double shareOfKeptThatAreGood(float[] mask, boolean[] good) {
        double kept = 0;
        double keptGood = 0;
        for (int f = 0; f < mask.length; f++) {
            kept += mask[f];
            keptGood += good[f] ? mask[f] : 0;
        }
        return kept == 0 ? 0 : keptGood / kept;
    }
}
