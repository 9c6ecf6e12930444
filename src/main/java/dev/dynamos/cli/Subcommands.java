package dev.dynamos.cli;

import picocli.CommandLine;

/**
 * The list of top-level subcommands of {@code dynamos}; one line per command so that adding a
 * command touches one place.
 */
final class Subcommands {

    private Subcommands() {}

    static void register(CommandLine root) {
        // one addSubcommand line per command, in the order --help lists them
    }
}
