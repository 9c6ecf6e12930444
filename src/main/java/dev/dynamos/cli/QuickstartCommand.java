package dev.dynamos.cli;

import dev.dynamos.experiment.ComparisonOutputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos quickstart}: the main job on a small generated dataset, in one command. It writes
 * synthetic regime data into {@code data/}, trains the static booster with era-wise
 * cross-validation, trains the agent and runs the comparison (which writes {@code report.html} and
 * a validated {@code submission.csv}), then prints where everything is and the headline table.
 */
@Command(
        name = "quickstart",
        mixinStandardHelpOptions = true,
        description =
                "Generate a small dataset, train the static booster and the agent, compare them"
                        + " and write a report and a submission.")
public final class QuickstartCommand implements Callable<Integer> {

    /**
     * Data of the default quickstart: a few minutes on two cores. Seed 3 was picked, before any
     * model ran on it, for its regime path: all three regimes occur in training and the validation
     * eras switch between two of them, so the demo shows whether masks follow a regime change.
     */
    private static final String[] FULL_DATA = {
        "--seed",
        "3",
        "--eras",
        "200",
        "--rows-per-era",
        "500",
        "--features",
        "40",
        "--groups",
        "5",
        "--regimes",
        "3"
    };

    /** Data sizes of the reduced quickstart that CI runs. */
    private static final String[] REDUCED_DATA = {
        "--eras",
        "110",
        "--rows-per-era",
        "250",
        "--features",
        "20",
        "--groups",
        "4",
        "--regimes",
        "3"
    };

    @Option(
            names = "--reduced",
            description = "Smaller data and a shorter agent run (for CI; minutes become seconds).")
    boolean reduced;

    @Option(
            names = "--data",
            description =
                    "Where the generated data goes (default: data/quickstart, or"
                            + " data/quickstart-reduced with --reduced).")
    Path data;

    @Option(
            names = "--experiments",
            defaultValue = "experiments",
            description = "Root folder of run folders (default: ${DEFAULT-VALUE}).")
    Path experiments;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (data == null) {
            data = Path.of(reduced ? "data/quickstart-reduced" : "data/quickstart");
        }
        generateData(out);
        String trainRun = lastLine(step(out, "2/3 static booster (dynamos train)", trainArgs()));
        List<String> compareOutput = step(out, "3/3 agent and comparison", compareArgs());
        String compareRun = compareOutput.get(compareOutput.size() - 1);
        out.println();
        out.println("static booster run:  " + trainRun);
        out.println("comparison run:      " + compareRun);
        out.println("report:              " + Path.of(compareRun, "report.html"));
        out.println(
                "comparison table:    " + Path.of(compareRun, ComparisonOutputs.COMPARISON_TABLE));
        out.println("submission:          " + Path.of(compareRun, "submission.csv"));
        out.flush();
        return 0;
    }

    private void generateData(PrintWriter out) {
        if (Files.isDirectory(data)) {
            out.println("== 1/3 data: reusing " + data + " (delete it to regenerate)");
            out.flush();
            return;
        }
        List<String> args = new ArrayList<>(List.of("data", "synth", "--out", data.toString()));
        args.addAll(List.of(reduced ? REDUCED_DATA : FULL_DATA));
        step(out, "1/3 synthetic regime data (dynamos data synth)", args);
    }

    private List<String> trainArgs() {
        return List.of(
                "train",
                "--config",
                config("xgb-quick.yaml"),
                "--data",
                data.toString(),
                "--name",
                reduced ? "quickstart-reduced" : "quickstart",
                "--experiments",
                experiments.toString());
    }

    private List<String> compareArgs() {
        return List.of(
                "compare",
                "--config",
                config(reduced ? "compare-quickstart-reduced.yaml" : "compare-quickstart.yaml"),
                "--data",
                data.toString(),
                "--experiments",
                experiments.toString());
    }

    /** Returns a config file of the project, found from the launcher's folder when known. */
    private static String config(String file) {
        Path home = Path.of(System.getProperty("dynamos.home", "."));
        return home.resolve("configs").resolve(file).toString();
    }

    /** Runs one dynamos command, echoing its output; fails the quickstart when it fails. */
    private List<String> step(PrintWriter out, String title, List<String> args) {
        out.println("== " + title);
        out.flush();
        StringWriter captured = new StringWriter();
        CommandLine command = DynamosCommand.newCommandLine(false);
        command.setOut(new PrintWriter(captured, true));
        command.setErr(spec.commandLine().getErr());
        int code = command.execute(args.toArray(String[]::new));
        out.print(captured);
        out.flush();
        if (code != 0) {
            throw new QuickstartFailed(title, code);
        }
        return captured.toString().lines().filter(line -> !line.isBlank()).toList();
    }

    private static String lastLine(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** A quickstart step that exited with a non-zero code (its own message is already shown). */
    static final class QuickstartFailed extends RuntimeException {
        QuickstartFailed(String step, int code) {
            super("quickstart step '" + step + "' failed with exit code " + code);
        }
    }
}
