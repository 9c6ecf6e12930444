package dev.dynamos.heads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The SameDiff graph of an MLP regressor with its weights and Adam state: dense hidden layers with
 * inverted dropout, one linear output, and a weighted squared-error loss with an optional replay
 * term that pulls predictions towards stored ones.
 *
 * <p>Dropout masks are drawn in Java from the caller's generator and fed as placeholders, so the
 * graph itself holds no random op and training is reproducible from the seed alone.
 */
final class MlpNetwork {

    static final String INPUT = "input";
    static final String TARGET = "target";
    static final String ROW_WEIGHT = "rowWeight";
    static final String REPLAY_TARGET = "replayTarget";
    static final String REPLAY_WEIGHT = "replayWeight";
    static final String PREDICTION = "prediction";
    static final String LOSS = "loss";

    /** Rows per forward pass when predicting, to bound the memory of hidden activations. */
    private static final int PREDICT_CHUNK_ROWS = 16_384;

    // Adam's constants from Kingma and Ba (2015).
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final SameDiff graph = SameDiff.create();
    private final MlpParams params;
    private final int inputs;
    private final int[] widths;
    private final List<String> parameterNames = new ArrayList<>();
    private final Map<String, INDArray> firstMoment = new HashMap<>();
    private final Map<String, INDArray> secondMoment = new HashMap<>();
    private long step;

    /**
     * Builds the graph and draws initial weights (He uniform for relu and gelu, Glorot uniform for
     * tanh and the output layer; zero biases).
     */
    MlpNetwork(int inputs, MlpParams params, SplittableRandom random) {
        this.params = params;
        this.inputs = inputs;
        this.widths = new int[params.hiddenLayers().size() + 2];
        widths[0] = inputs;
        for (int i = 0; i < params.hiddenLayers().size(); i++) {
            widths[i + 1] = params.hiddenLayers().get(i);
        }
        widths[widths.length - 1] = 1;
        SDVariable prediction = buildForward(random);
        buildLoss(prediction);
    }

    /** Returns the number of input columns. */
    int inputs() {
        return inputs;
    }

    /** Returns the layer widths, input first, output (1) last. */
    int[] widths() {
        return widths.clone();
    }

    private SDVariable buildForward(SplittableRandom random) {
        SDVariable hidden = graph.placeHolder(INPUT, DataType.FLOAT, -1, inputs);
        int layers = widths.length - 1;
        for (int layer = 0; layer < layers; layer++) {
            boolean output = layer == layers - 1;
            SDVariable weight = parameter(weightName(layer), initialWeights(layer, random));
            SDVariable bias = parameter(biasName(layer), new float[widths[layer + 1]]);
            SDVariable linear = hidden.mmul(weight);
            SDVariable z = graph.nn().biasAdd(output ? PREDICTION : null, linear, bias, false);
            hidden = output ? z : dropout(layer, activate(z));
        }
        return hidden;
    }

    private SDVariable parameter(String name, float[] values) {
        long[] shape = name.startsWith("w") ? weightShape(name) : new long[] {values.length};
        parameterNames.add(name);
        return graph.var(name, Nd4j.create(values, shape, DataType.FLOAT));
    }

    private long[] weightShape(String name) {
        int layer = Integer.parseInt(name.substring(1));
        return new long[] {widths[layer], widths[layer + 1]};
    }

    private float[] initialWeights(int layer, SplittableRandom random) {
        int fanIn = widths[layer];
        int fanOut = widths[layer + 1];
        boolean glorot = layer == widths.length - 2 || params.activation() == MlpActivation.TANH;
        double limit = glorot ? Math.sqrt(6.0 / (fanIn + fanOut)) : Math.sqrt(6.0 / fanIn);
        float[] values = new float[fanIn * fanOut];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        return values;
    }

    private SDVariable activate(SDVariable z) {
        return switch (params.activation()) {
            case RELU -> graph.nn().relu(z, 0.0);
            case TANH -> graph.math().tanh(z);
            case GELU -> graph.nn().gelu(z);
        };
    }

    private SDVariable dropout(int layer, SDVariable activation) {
        if (params.dropout() == 0) {
            return activation;
        }
        SDVariable mask = graph.placeHolder(maskName(layer), DataType.FLOAT, -1, widths[layer + 1]);
        return activation.mul(mask);
    }

    private void buildLoss(SDVariable prediction) {
        SDVariable target = graph.placeHolder(TARGET, DataType.FLOAT, -1, 1);
        SDVariable rowWeight = graph.placeHolder(ROW_WEIGHT, DataType.FLOAT, -1, 1);
        SDVariable replayTarget = graph.placeHolder(REPLAY_TARGET, DataType.FLOAT, -1, 1);
        SDVariable replayWeight = graph.placeHolder(REPLAY_WEIGHT, DataType.FLOAT, -1, 1);
        SDVariable taskLoss = graph.math().square(prediction.sub(target)).mul(rowWeight).sum();
        SDVariable replayLoss =
                graph.math().square(prediction.sub(replayTarget)).mul(replayWeight).sum();
        graph.setLossVariables(taskLoss.add(LOSS, replayLoss));
    }

    /**
     * Takes one Adam step on a batch and returns the batch loss before the step.
     *
     * @param batch row-major scaled inputs, target, per-row weights and replay term
     * @param random generator for the dropout masks
     * @return weighted squared error plus the replay term, before the update
     */
    double trainStep(MlpBatch batch, SplittableRandom random) {
        Map<String, INDArray> feed = new HashMap<>();
        int rows = batch.rows();
        feed.put(INPUT, Nd4j.create(batch.inputs(), new long[] {rows, inputs}, DataType.FLOAT));
        feed.put(TARGET, column(batch.target()));
        feed.put(ROW_WEIGHT, column(batch.rowWeight()));
        feed.put(REPLAY_TARGET, column(batch.replayTarget()));
        feed.put(REPLAY_WEIGHT, column(batch.replayWeight()));
        putDropoutMasks(feed, rows, random);

        OutAndGrad result = graph.calculateGradientsAndOutputs(feed, List.of(LOSS), parameterNames);
        double loss = result.getOutputs().get(LOSS).getDouble(0);
        applyAdam(result.getGradients());
        return loss;
    }

    private static INDArray column(float[] values) {
        return Nd4j.create(values, new long[] {values.length, 1}, DataType.FLOAT);
    }

    private void putDropoutMasks(Map<String, INDArray> feed, int rows, SplittableRandom random) {
        if (params.dropout() == 0) {
            return;
        }
        float keep = (float) (1.0 / (1.0 - params.dropout()));
        for (int layer = 0; layer < widths.length - 2; layer++) {
            float[] mask = new float[rows * widths[layer + 1]];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = random.nextDouble() < params.dropout() ? 0f : keep;
            }
            feed.put(
                    maskName(layer),
                    Nd4j.create(mask, new long[] {rows, widths[layer + 1]}, DataType.FLOAT));
        }
    }

    private void applyAdam(Map<String, INDArray> gradients) {
        step++;
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        for (String name : parameterNames) {
            INDArray gradient = gradients.get(name);
            INDArray value = graph.getArrForVarName(name);
            INDArray m = firstMoment.computeIfAbsent(name, n -> Nd4j.zerosLike(value));
            INDArray v = secondMoment.computeIfAbsent(name, n -> Nd4j.zerosLike(value));
            m.muli(BETA1).addi(gradient.mul(1 - BETA1));
            v.muli(BETA2).addi(gradient.mul(gradient).muli(1 - BETA2));
            INDArray denominator = Transforms.sqrt(v.div(correction2), false).addi(EPSILON);
            INDArray update = m.div(correction1).divi(denominator).muli(params.learningRate());
            if (name.startsWith("w") && params.weightDecay() > 0) {
                update.addi(value.mul(params.learningRate() * params.weightDecay()));
            }
            value.subi(update);
        }
    }

    /**
     * Predicts rows of scaled inputs without dropout.
     *
     * @param scaledInputs row-major inputs, {@code rows * inputs()} values
     * @return one prediction per row
     */
    float[] predict(float[] scaledInputs) {
        int rows = scaledInputs.length / inputs;
        float[] predictions = new float[rows];
        for (int start = 0; start < rows; start += PREDICT_CHUNK_ROWS) {
            int size = Math.min(PREDICT_CHUNK_ROWS, rows - start);
            float[] chunk = new float[size * inputs];
            System.arraycopy(scaledInputs, start * inputs, chunk, 0, chunk.length);
            Map<String, INDArray> feed = new HashMap<>();
            feed.put(INPUT, Nd4j.create(chunk, new long[] {size, inputs}, DataType.FLOAT));
            putInferenceMasks(feed, size);
            float[] out = graph.outputSingle(feed, PREDICTION).toFloatVector();
            System.arraycopy(out, 0, predictions, start, size);
        }
        return predictions;
    }

    private void putInferenceMasks(Map<String, INDArray> feed, int rows) {
        if (params.dropout() == 0) {
            return;
        }
        for (int layer = 0; layer < widths.length - 2; layer++) {
            feed.put(maskName(layer), Nd4j.ones(DataType.FLOAT, rows, widths[layer + 1]));
        }
    }

    /** Returns a copy of every parameter, in layer order: weights (row-major) then bias. */
    float[][] parameters() {
        float[][] copy = new float[parameterNames.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = graph.getArrForVarName(parameterNames.get(i)).dup().data().asFloat();
        }
        return copy;
    }

    /** Overwrites every parameter with values shaped as {@link #parameters()} returns them. */
    void setParameters(float[][] values) {
        if (values.length != parameterNames.size()) {
            throw new IllegalArgumentException(
                    "expected "
                            + parameterNames.size()
                            + " parameter arrays, got "
                            + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            INDArray target = graph.getArrForVarName(parameterNames.get(i));
            if (values[i].length != target.length()) {
                throw new IllegalArgumentException(
                        "parameter "
                                + parameterNames.get(i)
                                + " needs "
                                + target.length()
                                + " values, got "
                                + values[i].length);
            }
            target.assign(Nd4j.create(values[i], target.shape(), DataType.FLOAT));
        }
    }

    /** Returns the mean absolute first-layer weight of each input column. */
    double[] meanAbsoluteInputWeights() {
        INDArray first = graph.getArrForVarName(weightName(0));
        return Transforms.abs(first, true).mean(1).toDoubleVector();
    }

    private static String weightName(int layer) {
        return "w" + layer;
    }

    private static String biasName(int layer) {
        return "b" + layer;
    }

    private static String maskName(int layer) {
        return "dropMask" + layer;
    }
}
