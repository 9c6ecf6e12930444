package dev.dynamos.agent;

import dev.dynamos.heads.SameDiffGraphs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The Dynamos agent as an ND4J SameDiff graph: feature tokens in, one keep logit per feature out.
 *
 * <p>Per agent (one for all features, or one per feature group): a linear projection of each token
 * to width h, then per layer multi-head scaled dot-product self-attention over the agent's tokens
 * with a residual and layer norm, a two-layer ReLU feed-forward block with a residual and layer
 * norm, and a linear map to one logit per token. The keep probability is sigmoid(logit / T); while
 * training, masks are drawn from 0.2 + 0.6 * sigmoid(logit / T), BlockDrop's bounded form, which
 * keeps the gradient of log pi finite and nonzero everywhere.
 *
 * <p>Gradients come from SameDiff ({@link SameDiff#calculateGradients}); the parameters are updated
 * with ND4J's Adam updater over one flat view of all parameters, so that the Adam state is one
 * array that a checkpoint can save. Not thread-safe.
 */
public final class AttentionPolicy {

    /** Lowest keep probability while training (BlockDrop). */
    public static final double MIN_TRAIN_PROBABILITY = 0.2;

    /** Highest keep probability while training (BlockDrop). */
    public static final double MAX_TRAIN_PROBABILITY = 0.8;

    private static final double LAYER_NORM_EPSILON = 1e-5;
    private static final double OUTPUT_INIT_SCALE = 0.1;

    /** Added to the variance when the prior's evidence is z-scored; all-zero gains give zeros. */
    private static final double PRIOR_EPSILON = 1e-6;

    private final SameDiff sd = SameDiff.create();
    private final DataType dtype;
    private final int features;
    private final int tokenDim;
    private final double temperature;
    private final List<String> parameterNames = new ArrayList<>();
    private final long parameterCount;
    private final GradientUpdater<?> adam;
    private final INDArray adamState;
    private int iteration;

    /**
     * Builds a policy with freshly initialised parameters.
     *
     * @param config hidden size, heads, layers, temperature, group mode, learning rate
     * @param tokenDim descriptors per token
     * @param groupOfFeature group index of each feature
     * @param groupCount number of groups
     * @param dtype FLOAT for training, DOUBLE for gradient checks
     * @param random the generator that draws the initial weights
     */
    public AttentionPolicy(
            AgentConfig config,
            int tokenDim,
            int[] groupOfFeature,
            int groupCount,
            DataType dtype,
            Random random) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(random, "random");
        this.dtype = dtype;
        this.features = groupOfFeature.length;
        this.tokenDim = tokenDim;
        this.temperature = config.temperature();
        buildGraph(config, agentsOf(config, groupOfFeature, groupCount), random);
        this.parameterCount = countParameters();
        Adam adamConfig = new Adam(config.learningRate());
        this.adamState = Nd4j.zeros(dtype, 1, adamConfig.stateSize(parameterCount));
        this.adam = adamConfig.instantiate(adamState, true);
        createGradientGraphQuietly();
    }

    /**
     * Builds a fresh training policy (FLOAT) for the tokens a builder makes: their width, groups
     * and group count.
     */
    static AttentionPolicy forTokens(AgentConfig config, TokenBuilder tokens, Random random) {
        return new AttentionPolicy(
                config,
                tokens.dim(),
                tokens.groupOfFeature(),
                tokens.groupCount(),
                DataType.FLOAT,
                random);
    }

    /**
     * Builds the backward graph now rather than on the first update, so that its one-off cost
     * (about a second) does not land inside a training step. SameDiff prints a line per
     * differentiated op to standard output while doing so; standard output is where command results
     * go, so it is redirected for the duration.
     */
    private void createGradientGraphQuietly() {
        SameDiffGraphs.createGradFunctionQuietly(sd);
    }

    private static List<int[]> agentsOf(AgentConfig config, int[] groupOfFeature, int groups) {
        List<int[]> agents = new ArrayList<>();
        if (config.groupMode() == AgentConfig.GroupMode.SHARED) {
            agents.add(range(groupOfFeature.length));
            return agents;
        }
        for (int g = 0; g < groups; g++) {
            int count = 0;
            for (int group : groupOfFeature) {
                count += group == g ? 1 : 0;
            }
            int[] members = new int[count];
            int next = 0;
            for (int f = 0; f < groupOfFeature.length; f++) {
                if (groupOfFeature[f] == g) {
                    members[next++] = f;
                }
            }
            if (count > 0) {
                agents.add(members);
            }
        }
        return agents;
    }

    private static int[] range(int n) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    private void buildGraph(AgentConfig config, List<int[]> agents, Random random) {
        SDVariable tokens = sd.placeHolder("tokens", dtype, features, tokenDim);
        SDVariable logitColumn = null;
        for (int a = 0; a < agents.size(); a++) {
            int[] members = agents.get(a);
            // Selection by constant 0/1 matrices rather than gather: matmul gradients are exact in
            // SameDiff, and a feature's logit lands back in its own row.
            SDVariable select = agents.size() == 1 ? null : selection("a" + a + "_select", members);
            SDVariable input = select == null ? tokens : select.mmul(tokens);
            SDVariable logits = agent("a" + a, input, config, random);
            SDVariable placed =
                    select == null ? logits : sd.mmul(select, logits, true, false, false);
            logitColumn = logitColumn == null ? placed : logitColumn.add(placed);
        }
        // Tokens narrower than TokenBuilder's (hand-made ones in tests) carry no prior to skip.
        if (config.priorGain() > 0 && tokenDim > TokenBuilder.GAIN_DESCRIPTOR) {
            SDVariable gain =
                    parameter(
                            "prior_gain", Nd4j.valueArrayOf(new long[] {1, 1}, config.priorGain()));
            logitColumn = logitColumn.add(priorColumn(tokens).mul(gain));
        }
        SDVariable logits = sd.reshape("logits", logitColumn, 1, features);
        buildLoss(logits);
    }

    /**
     * The prior's evidence as a fixed function of the tokens ({@link TokenBuilder#priorScores}):
     * the z-scores across the era's features of |mean trailing CORR| and of the gain share, added.
     * Scaled by a learned gain, it is a skip connection to the logits, so that a fresh policy keeps
     * the prior's top features and REINFORCE learns departures from them.
     */
    private SDVariable priorColumn(SDVariable tokens) {
        SDVariable correlation = sd.math.abs(descriptor(tokens, TokenBuilder.MEAN_CORR_DESCRIPTOR));
        SDVariable gain = descriptor(tokens, TokenBuilder.GAIN_DESCRIPTOR);
        return standardised(correlation).add(standardised(gain));
    }

    private SDVariable descriptor(SDVariable tokens, int d) {
        INDArray pick = Nd4j.zeros(dtype, tokenDim, 1);
        pick.putScalar(d, 0, 1.0);
        return tokens.mmul(sd.constant("pick_" + d, pick));
    }

    private SDVariable standardised(SDVariable column) {
        SDVariable centered = column.sub(column.mean(true, 0));
        SDVariable variance = centered.mul(centered).mean(true, 0);
        return centered.div(sd.math.sqrt(variance.add(PRIOR_EPSILON)));
    }

    private SDVariable selection(String name, int[] members) {
        INDArray matrix = Nd4j.zeros(dtype, members.length, features);
        for (int i = 0; i < members.length; i++) {
            matrix.putScalar(i, members[i], 1.0);
        }
        return sd.constant(name, matrix);
    }

    private SDVariable agent(String name, SDVariable input, AgentConfig config, Random random) {
        int h = config.hiddenSize();
        SDVariable x =
                input.mmul(weight(name + "_in_w", tokenDim, h, random))
                        .add(zeros(name + "_in_b", 1, h));
        for (int layer = 0; layer < config.layers(); layer++) {
            String prefix = name + "_l" + layer;
            SDVariable attended = attention(prefix, x, h, config.heads(), random);
            x = layerNorm(prefix + "_ln1", x.add(attended), h);
            SDVariable hidden =
                    sd.nn.relu(
                            x.mmul(weight(prefix + "_ff1_w", h, 2 * h, random))
                                    .add(zeros(prefix + "_ff1_b", 1, 2 * h)),
                            0);
            SDVariable ff =
                    hidden.mmul(weight(prefix + "_ff2_w", 2 * h, h, random))
                            .add(zeros(prefix + "_ff2_b", 1, h));
            x = layerNorm(prefix + "_ln2", x.add(ff), h);
        }
        SDVariable out = scaled(weight(name + "_out_w", h, 1, random), OUTPUT_INIT_SCALE);
        return x.mmul(out).add(zeros(name + "_out_b", 1, 1));
    }

    private SDVariable attention(String prefix, SDVariable x, int h, int heads, Random random) {
        int headSize = h / heads;
        SDVariable[] outputs = new SDVariable[heads];
        for (int head = 0; head < heads; head++) {
            String p = prefix + "_h" + head;
            SDVariable q = x.mmul(weight(p + "_q", h, headSize, random));
            SDVariable k = x.mmul(weight(p + "_k", h, headSize, random));
            SDVariable v = x.mmul(weight(p + "_v", h, headSize, random));
            SDVariable scores = sd.mmul(q, k, false, true, false).div(Math.sqrt(headSize));
            outputs[head] = sd.nn.softmax(scores, 1).mmul(v);
        }
        SDVariable joined = heads == 1 ? outputs[0] : sd.concat(1, outputs);
        return joined.mmul(weight(prefix + "_o", h, h, random));
    }

    private SDVariable layerNorm(String name, SDVariable x, int h) {
        SDVariable centered = x.sub(x.mean(true, 1));
        SDVariable variance = centered.mul(centered).mean(true, 1);
        SDVariable normalised = centered.div(sd.math.sqrt(variance.add(LAYER_NORM_EPSILON)));
        SDVariable gain = parameter(name + "_g", Nd4j.ones(dtype, 1, h));
        return normalised.mul(gain).add(zeros(name + "_b", 1, h));
    }

    private void buildLoss(SDVariable logits) {
        SDVariable masks = sd.placeHolder("masks", dtype, -1, features);
        SDVariable advantages = sd.placeHolder("advantages", dtype, -1, 1);
        SDVariable stored = sd.placeHolder("storedLogits", dtype, 1, features);
        SDVariable weights = sd.placeHolder("weights", dtype, 3);
        SDVariable p = trainingProbability(logits);
        SDVariable logP = sd.math.log(p);
        SDVariable logQ = sd.math.log(p.rsub(1.0));
        SDVariable logPi = masks.mul(logP).add(masks.rsub(1.0).mul(logQ)).sum(true, 1);
        SDVariable reinforce = advantages.mul(logPi).mean().neg();
        SDVariable entropy = p.mul(logP).add(p.rsub(1.0).mul(logQ)).sum().neg();
        SDVariable difference = logits.sub(stored);
        SDVariable replay = difference.mul(difference).mean();
        SDVariable policyWeight = sd.reshape(sd.gather(weights, new int[] {0}, 0));
        SDVariable entropyWeight = sd.reshape(sd.gather(weights, new int[] {1}, 0));
        SDVariable replayWeight = sd.reshape(sd.gather(weights, new int[] {2}, 0));
        SDVariable loss =
                reinforce
                        .mul(policyWeight)
                        .sub(entropy.mul(entropyWeight))
                        .add(replay.mul(replayWeight));
        sd.identity("loss", loss.sum());
        sd.setLossVariables("loss");
    }

    private SDVariable trainingProbability(SDVariable logits) {
        SDVariable probability = sd.nn.sigmoid(logits.div(temperature));
        double span = MAX_TRAIN_PROBABILITY - MIN_TRAIN_PROBABILITY;
        return probability.mul(span).add(MIN_TRAIN_PROBABILITY);
    }

    private SDVariable weight(String name, int fanIn, int fanOut, Random random) {
        double std = Math.sqrt(2.0 / (fanIn + fanOut));
        double[] values = new double[fanIn * fanOut];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * std;
        }
        return parameter(name, Nd4j.create(values, new long[] {fanIn, fanOut}, dtype));
    }

    private SDVariable scaled(SDVariable weight, double factor) {
        weight.getArr().muli(factor);
        return weight;
    }

    private SDVariable zeros(String name, int rows, int columns) {
        return parameter(name, Nd4j.zeros(dtype, rows, columns));
    }

    private SDVariable parameter(String name, INDArray value) {
        parameterNames.add(name);
        return sd.var(name, value.castTo(dtype));
    }

    private long countParameters() {
        long count = 0;
        for (String name : parameterNames) {
            count += sd.getVariable(name).getArr().length();
        }
        return count;
    }

    /** Returns the number of features (tokens) the policy scores. */
    public int featureCount() {
        return features;
    }

    /** Returns the number of trainable parameters. */
    public long parameterCount() {
        return parameterCount;
    }

    /** Returns the Adam iteration count (updates applied so far). */
    public int iteration() {
        return iteration;
    }

    /**
     * Returns one keep logit per feature for an era's tokens.
     *
     * @param tokens the era's tokens, [features x tokenDim]
     * @return logits; the keep probability of feature f is sigmoid(logit[f] / T)
     */
    public float[] logits(FeatureTokens tokens) {
        checkTokens(tokens);
        Map<String, INDArray> feed = Map.of("tokens", tokenArray(tokens));
        return sd.output(feed, "logits").get("logits").toFloatVector();
    }

    /** Returns sigmoid(logit / T) per feature: the inference keep probability. */
    public float[] keepProbabilities(float[] logits) {
        float[] p = new float[logits.length];
        for (int f = 0; f < p.length; f++) {
            p[f] = (float) (1.0 / (1.0 + Math.exp(-logits[f] / temperature)));
        }
        return p;
    }

    /** Returns the training keep probabilities 0.2 + 0.6 * sigmoid(logit / T) per feature. */
    public float[] trainingProbabilities(float[] logits) {
        float[] p = keepProbabilities(logits);
        double span = MAX_TRAIN_PROBABILITY - MIN_TRAIN_PROBABILITY;
        for (int f = 0; f < p.length; f++) {
            p[f] = (float) (MIN_TRAIN_PROBABILITY + span * p[f]);
        }
        return p;
    }

    /**
     * Returns the loss of a batch at the current parameters.
     *
     * @param batch tokens, masks, advantages and weights of one era
     * @return the scalar loss
     */
    public double loss(PolicyBatch batch) {
        return sd.output(feed(batch), "loss").get("loss").getDouble(0);
    }

    private double lossAndGradient(PolicyBatch batch, double[] accumulator) {
        OutAndGrad result =
                sd.calculateGradientsAndOutputs(feed(batch), List.of("loss"), parameterNames);
        int offset = 0;
        for (String name : parameterNames) {
            double[] values = result.getGradients().get(name).reshape(-1).toDoubleVector();
            for (int i = 0; i < values.length; i++) {
                accumulator[offset + i] += values[i];
            }
            offset += values.length;
        }
        return result.getOutputs().get("loss").getDouble(0);
    }

    /**
     * Returns the gradient of the loss with respect to every parameter, flattened in parameter
     * order (the order of {@link #parameters()}).
     *
     * @param batch tokens, masks, advantages and weights of one era
     * @return the flat gradient
     */
    public double[] gradient(PolicyBatch batch) {
        double[] flat = new double[Math.toIntExact(parameterCount)];
        lossAndGradient(batch, flat);
        return flat;
    }

    /**
     * Applies one Adam step on the summed gradients of several batches (the trained era and its
     * replayed eras).
     *
     * @param batches the batches whose losses are summed
     * @return the summed loss before the step
     */
    public double update(List<PolicyBatch> batches) {
        double[] total = new double[Math.toIntExact(parameterCount)];
        double loss = 0;
        for (PolicyBatch batch : batches) {
            loss += lossAndGradient(batch, total);
        }
        INDArray step = Nd4j.create(total, new long[] {1, total.length}, dtype);
        adam.applyUpdater(step, iteration, 0);
        subtractFromParameters(step);
        iteration++;
        return loss;
    }

    private void subtractFromParameters(INDArray step) {
        long offset = 0;
        for (String name : parameterNames) {
            INDArray parameter = sd.getVariable(name).getArr();
            long length = parameter.length();
            INDArray slice =
                    step.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length));
            parameter.subi(slice.reshape(parameter.shape()));
            offset += length;
        }
    }

    /** Returns all parameters flattened in a fixed order (a copy). */
    public double[] parameters() {
        double[] flat = new double[Math.toIntExact(parameterCount)];
        int offset = 0;
        for (String name : parameterNames) {
            double[] values = sd.getVariable(name).getArr().reshape(-1).toDoubleVector();
            System.arraycopy(values, 0, flat, offset, values.length);
            offset += values.length;
        }
        return flat;
    }

    /** Replaces all parameters from a flat array in the order of {@link #parameters()}. */
    public void setParameters(double[] flat) {
        checkLength("parameters", flat.length, parameterCount);
        int offset = 0;
        for (String name : parameterNames) {
            INDArray parameter = sd.getVariable(name).getArr();
            int length = Math.toIntExact(parameter.length());
            double[] values = Arrays.copyOfRange(flat, offset, offset + length);
            parameter.assign(Nd4j.create(values, parameter.shape(), dtype));
            offset += length;
        }
    }

    /** Returns Adam's state (first and second moments, flattened) and iteration count. */
    public AdamSnapshot adamSnapshot() {
        return new AdamSnapshot(adamState.reshape(-1).toDoubleVector(), iteration);
    }

    /** Restores Adam's state from a snapshot of a policy with the same shape. */
    public void restoreAdam(AdamSnapshot snapshot) {
        checkLength("adam state", snapshot.state().length, adamState.length());
        adamState.assign(Nd4j.create(snapshot.state(), adamState.shape(), dtype));
        iteration = snapshot.iteration();
    }

    /**
     * Adam's state at a step.
     *
     * @param state the moments, flattened
     * @param iteration updates applied so far
     */
    public record AdamSnapshot(double[] state, int iteration) {}

    private Map<String, INDArray> feed(PolicyBatch batch) {
        checkTokens(batch.tokens());
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put("tokens", tokenArray(batch.tokens()));
        feed.put("masks", Nd4j.create(batch.masks()).castTo(dtype));
        double[][] advantages = new double[batch.advantages().length][1];
        for (int k = 0; k < advantages.length; k++) {
            advantages[k][0] = batch.advantages()[k];
        }
        feed.put("advantages", Nd4j.create(advantages).castTo(dtype));
        boolean replay = batch.storedLogits() != null;
        float[] stored = replay ? batch.storedLogits() : new float[features];
        feed.put("storedLogits", Nd4j.create(stored, new long[] {1, features}).castTo(dtype));
        double[] weights = {
            batch.policyWeight(), batch.entropyWeight(), replay ? batch.replayWeight() : 0
        };
        feed.put("weights", Nd4j.create(weights, new long[] {3}, dtype));
        return feed;
    }

    private INDArray tokenArray(FeatureTokens tokens) {
        return Nd4j.create(tokens.values(), new long[] {features, tokenDim}).castTo(dtype);
    }

    private void checkTokens(FeatureTokens tokens) {
        if (tokens.featureCount() != features || tokens.dim() != tokenDim) {
            throw new IllegalArgumentException(
                    "tokens are "
                            + tokens.featureCount()
                            + " x "
                            + tokens.dim()
                            + ", the policy expects "
                            + features
                            + " x "
                            + tokenDim);
        }
    }

    private static void checkLength(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    what + " has length " + actual + ", expected " + expected);
        }
    }

    /**
     * Returns the inference mask for an era's logits: the {@code budget} largest logits, or every
     * feature whose keep probability is at least 0.5 when the budget is 0.
     *
     * @param logits one logit per feature, from {@link #logits}
     * @param budget features to keep, or 0 for the threshold
     * @return a 0/1 flag per feature
     */
    public float[] inferenceMask(float[] logits, int budget) {
        if (budget > 0) {
            double[] scores = new double[logits.length];
            for (int f = 0; f < scores.length; f++) {
                scores[f] = logits[f];
            }
            return MaskSampler.topK(scores, budget);
        }
        return MaskSampler.threshold(keepProbabilities(logits));
    }
}
