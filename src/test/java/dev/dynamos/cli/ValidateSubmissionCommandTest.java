package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateSubmissionCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void validSubmissionExitsZeroAndNamesUnknownIds() throws Exception {
        Path live = Files.writeString(dir.resolve("live.csv"), "id\na\nb\n");
        Path sub = Files.writeString(dir.resolve("s.csv"), "id,prediction\na,0.2\nb,0.8\nzz,0.5\n");

        int code =
                run(
                        "validate-submission",
                        "--submission",
                        sub.toString(),
                        "--live",
                        live.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("valid: ", "covering all 2 live ids", "unknown ids: 1")
                .contains("unknown_submission_ids: ", "zz");
    }

    @Test
    void invalidSubmissionExitsTwoWithEveryBrokenRule() throws Exception {
        Path live = Files.writeString(dir.resolve("live.csv"), "id\na\nb\n");
        Path sub = Files.writeString(dir.resolve("s.csv"), "id,prediction\na,2\na,0.5\n");

        int code =
                run(
                        "validate-submission",
                        "--submission",
                        sub.toString(),
                        "--live",
                        live.toString());

        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString())
                .contains("error: duplicate_submission_ids: ")
                .contains("error: invalid_submission_ids: ")
                .contains("error: submission_values_out_of_range: ")
                .contains("breaks 3 rule(s)");
    }

    @Test
    void missingLiveFileExitsTwo() throws Exception {
        Path sub = Files.writeString(dir.resolve("s.csv"), "id,prediction\na,0.5\n");

        int code = run("validate-submission", "--submission", sub.toString(), "--live", "/nope");

        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("error: missing_file: ");
    }

    private int run(String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
