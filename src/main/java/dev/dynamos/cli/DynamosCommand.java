package dev.dynamos.cli;

import dev.dynamos.common.BadInputException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code dynamos} command line: subcommands for data, scoring, training, comparison and
 * submissions.
 *
 * <p>Exit codes: 0 success; 2 bad input or usage (a message on stderr, no stack trace unless {@code
 * --verbose}); 1 internal error.
 */
@Command(
        name = "dynamos",
        mixinStandardHelpOptions = true,
        version = "dynamos 0.1.0",
        description = "Dynamic feature selection with boosted trees for the Numerai tournament.",
        subcommands = {CommandLine.HelpCommand.class})
public final class DynamosCommand implements Runnable {

    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit code for an internal failure. */
    public static final int EXIT_INTERNAL = 1;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log debug detail and print stack traces on errors.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = execute(args);
        System.out.flush();
        System.err.flush();
        // XGBoost, LightGBM and ND4J each load native code with its own thread pools; the JVM's
        // shutdown hooks (JavaCPP's deallocator among them) have crashed the process with SIGSEGV
        // after all work was written. Every output is closed and flushed here, so skip the hooks.
        Runtime.getRuntime().halt(code);
    }

    /**
     * Runs the command line without exiting, for tests and for the launcher.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        configureLogging(verbose);
        return newCommandLine(verbose).execute(args);
    }

    /** Returns the command line with every subcommand and the exit-code policy installed. */
    public static CommandLine newCommandLine(boolean verbose) {
        CommandLine commandLine = new CommandLine(new DynamosCommand());
        Subcommands.register(commandLine);
        commandLine.setExecutionExceptionHandler(
                (exception, cmd, parseResult) -> handle(exception, cmd.getErr(), verbose));
        return commandLine;
    }

    private static int handle(Exception exception, PrintWriter err, boolean verbose) {
        BadInputException badInput = findBadInput(exception);
        if (badInput != null) {
            err.println("error: " + badInput.getMessage());
            if (verbose) {
                badInput.printStackTrace(err);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println(
                "internal error: "
                        + exception
                        + (verbose ? "" : " (rerun with --verbose for the stack trace)"));
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    private static BadInputException findBadInput(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BadInputException badInput) {
                return badInput;
            }
        }
        return null;
    }

    private static void configureLogging(boolean verbose) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "info");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.org.nd4j", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.deeplearning4j", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.tech.tablesaw", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.nd4j.imports", verbose ? "warn" : "error");
        setIfAbsent("org.slf4j.simpleLogger.log.io.github.metarank", verbose ? "info" : "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
