package dev.dynamos.experiment;

/** Receives the steps of a training run as they finish, for a progress bar or log lines. */
public interface RunProgress {

    /**
     * Called once before the first step.
     *
     * @param totalSteps number of steps the run will report
     */
    void start(int totalSteps);

    /**
     * Called after each step.
     *
     * @param description what just finished
     */
    void stepDone(String description);

    /** Called once after the last step or on failure. */
    void finish();

    /** Returns a listener that does nothing. */
    static RunProgress silent() {
        return new RunProgress() {
            @Override
            public void start(int totalSteps) {}

            @Override
            public void stepDone(String description) {}

            @Override
            public void finish() {}
        };
    }
}
