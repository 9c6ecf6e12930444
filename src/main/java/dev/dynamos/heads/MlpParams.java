package dev.dynamos.heads;

import java.util.List;
import java.util.Objects;

/**
 * Hyperparameters of an {@link MlpHead}: a fully connected network trained with Adam on the mean
 * squared error of the target.
 *
 * @param hiddenLayers widths of the hidden layers, input side first, each at least 1
 * @param activation nonlinearity after each hidden layer
 * @param dropout probability of zeroing a hidden unit while training, in [0, 1)
 * @param learningRate Adam step size, positive
 * @param batchSize rows per gradient step, at least 1
 * @param epochs maximum passes over the training rows, at least 1
 * @param patience epochs without a better early-stopping CORR before training stops, at least 1
 * @param weightDecay decoupled weight decay per step (AdamW) on weight matrices, at least 0
 * @param seed seed of the generator behind initial weights, batch order and dropout
 * @param threads ND4J threads, at least 1 (a process-wide setting of ND4J)
 */
public record MlpParams(
        List<Integer> hiddenLayers,
        MlpActivation activation,
        double dropout,
        double learningRate,
        int batchSize,
        int epochs,
        int patience,
        double weightDecay,
        long seed,
        int threads) {

    /** Default hidden widths: two small layers, enough for Numerai-sized signals per era. */
    public static final List<Integer> DEFAULT_HIDDEN_LAYERS = List.of(64, 32);

    /** Default Adam step size (Kingma and Ba's suggested 1e-3). */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    /** Default batch size, a common choice for tabular MLPs. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    /** Default epoch limit; early stopping usually ends training sooner. */
    public static final int DEFAULT_EPOCHS = 20;

    /** Default patience of early stopping, in epochs. */
    public static final int DEFAULT_PATIENCE = 3;

    /** Compact constructor: rejects out-of-range fields by name and value. */
    public MlpParams {
        Objects.requireNonNull(activation, "activation");
        hiddenLayers = List.copyOf(hiddenLayers);
        for (int width : hiddenLayers) {
            require(width >= 1, "hiddenLayers entries must be >= 1, got " + hiddenLayers);
        }
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        require(learningRate > 0, "learningRate must be > 0, got " + learningRate);
        require(batchSize >= 1, "batchSize must be >= 1, got " + batchSize);
        require(epochs >= 1, "epochs must be >= 1, got " + epochs);
        require(patience >= 1, "patience must be >= 1, got " + patience);
        require(weightDecay >= 0, "weightDecay must be >= 0, got " + weightDecay);
        require(threads >= 1, "threads must be >= 1, got " + threads);
    }

    /** Returns the defaults: layers 64 and 32, relu, no dropout, one thread, seed 42. */
    public static MlpParams defaults() {
        return new MlpParams(
                DEFAULT_HIDDEN_LAYERS,
                MlpActivation.RELU,
                0.0,
                DEFAULT_LEARNING_RATE,
                DEFAULT_BATCH_SIZE,
                DEFAULT_EPOCHS,
                DEFAULT_PATIENCE,
                0.0,
                42L,
                1);
    }

    /** Returns a copy with another seed. */
    public MlpParams withSeed(long newSeed) {
        return new MlpParams(
                hiddenLayers,
                activation,
                dropout,
                learningRate,
                batchSize,
                epochs,
                patience,
                weightDecay,
                newSeed,
                threads);
    }

    /** Returns a copy with another epoch limit. */
    public MlpParams withEpochs(int newEpochs) {
        return new MlpParams(
                hiddenLayers,
                activation,
                dropout,
                learningRate,
                batchSize,
                newEpochs,
                patience,
                weightDecay,
                seed,
                threads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
