package dev.dynamos.heads;

import java.io.OutputStream;
import java.io.PrintStream;
import org.nd4j.autodiff.samediff.SameDiff;

/** Helpers for the SameDiff graphs of the MLP head and the agent's policy. */
public final class SameDiffGraphs {

    private SameDiffGraphs() {}

    /**
     * Builds a graph's backward pass now, with standard output silenced.
     *
     * <p>SameDiff 1.0.0-M2.1 prints one line per differentiated op on standard output while it
     * builds the backward graph; standard output is where dynamos prints command results, so it is
     * redirected for the duration. Building it up front also keeps its one-off cost out of the
     * first training step.
     *
     * @param graph a graph with its loss variables set
     */
    public static void createGradFunctionQuietly(SameDiff graph) {
        PrintStream stdout = System.out;
        synchronized (System.class) {
            try {
                System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                graph.createGradFunction();
            } finally {
                System.setOut(stdout);
            }
        }
    }
}
