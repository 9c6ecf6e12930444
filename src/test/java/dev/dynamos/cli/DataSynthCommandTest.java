package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataSynthCommandTest {

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void writesAVersionFolderAndReportsWhatItWrote() {
        Path dir = tmp.resolve("synthetic");

        int code =
                run(
                        "data",
                        "synth",
                        "--out",
                        dir.toString(),
                        "--eras",
                        "20",
                        "--rows-per-era",
                        "50",
                        "--features",
                        "10",
                        "--groups",
                        "2",
                        "--regimes",
                        "2");

        assertThat(code).isZero();
        assertThat(dir.resolve("train.parquet")).exists();
        assertThat(dir.resolve("truth.json")).exists();
        assertThat(out.toString()).contains("850 rows", "17 eras", "10 features", "seed 42");
    }

    @Test
    void refusesAnExistingFolderWithExitCode2() {
        String[] args = {
            "data",
            "synth",
            "--out",
            tmp.toString(),
            "--eras",
            "20",
            "--rows-per-era",
            "50",
            "--features",
            "10"
        };

        assertThat(run(args)).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("output_exists", "--force");
    }

    @Test
    void rejectsTooFewFeaturesWithExitCode2() {
        int code = run("data", "synth", "--out", tmp.resolve("x").toString(), "--features", "3");

        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString())
                .startsWith("error: bad_option: data synth: features must be at least")
                .doesNotContain("Usage:");
    }
}
