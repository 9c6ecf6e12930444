package dev.dynamos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dynamos data} group: inspecting, generating and converting era data. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Inspect, generate and convert Numerai-layout data.")
public final class DataCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
