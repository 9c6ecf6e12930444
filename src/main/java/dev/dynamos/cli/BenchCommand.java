package dev.dynamos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dynamos bench} group: benchmarks and checks that compare settings side by side. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run benchmarks and checks that compare settings side by side in one run.")
public final class BenchCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
