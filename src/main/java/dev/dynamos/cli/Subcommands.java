package dev.dynamos.cli;

import picocli.CommandLine;

/**
 * The list of top-level subcommands of {@code dynamos}; one line per command so that adding a
 * command touches one place.
 */
final class Subcommands {

    private Subcommands() {}

    static void register(CommandLine root) {
        CommandLine data = new CommandLine(new DataCommand());
        // data subcommands, one line each
        data.addSubcommand("inspect", new DataInspectCommand());
        data.addSubcommand("from-prices", new DataFromPricesCommand());
        root.addSubcommand("data", data);
        // top-level commands, one line each, in the order --help lists them
        root.addSubcommand("score", new ScoreCommand());
        root.addSubcommand("validate-submission", new ValidateSubmissionCommand());
        root.addSubcommand("train", new TrainCommand());
        root.addSubcommand("predict", new PredictCommand());
        CommandLine bench = new CommandLine(new BenchCommand());
        // bench subcommands, one line each
        bench.addSubcommand("read", new BenchReadCommand());
        bench.addSubcommand("scoring", new BenchScoringCommand());
        bench.addSubcommand("heads", new BenchHeadsCommand());
        root.addSubcommand("bench", bench);
    }
}
