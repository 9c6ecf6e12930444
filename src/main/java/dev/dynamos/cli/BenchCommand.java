package dev.dynamos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dynamos bench} group: speed and memory checks that compare dynamos with a reference
 * side by side in one run.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that compare dynamos with a reference in one run.")
public final class BenchCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
