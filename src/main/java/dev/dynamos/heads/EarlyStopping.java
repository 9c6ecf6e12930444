package dev.dynamos.heads;

/**
 * Tracks a held-out loss round by round and says when it has not improved for a given number of
 * rounds. Lower is better.
 */
final class EarlyStopping {

    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestRound = -1;

    /** Creates a tracker that stops after {@code patience} rounds without improvement. */
    EarlyStopping(int patience) {
        this.patience = patience;
    }

    /**
     * Records the loss after a round (0-based) and returns whether training should stop.
     *
     * @param round the round just finished
     * @param loss the held-out loss after it
     * @return true when the last {@code patience} rounds brought no improvement
     */
    boolean record(int round, double loss) {
        if (loss < bestLoss) {
            bestLoss = loss;
            bestRound = round;
        }
        return round - bestRound >= patience;
    }

    /** Returns the number of rounds up to and including the best one. */
    int bestRounds() {
        return bestRound + 1;
    }

    /** Returns the best held-out loss seen. */
    double bestLoss() {
        return bestLoss;
    }
}
