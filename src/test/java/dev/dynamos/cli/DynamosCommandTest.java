package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DynamosCommandTest {

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute("--no-such-option");

        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void helpListsTheDataGroup() {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        int code = commandLine.execute("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("data");
    }
}
