package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.io.NumeraiFormat;
import dev.dynamos.data.io.NumeraiWriter;
import dev.dynamos.heads.SyntheticTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

    private static final int LIVE_ROWS = 100;

    @TempDir static Path folder;
    private static Path data;
    private static Path runFolder;

    @BeforeAll
    static void writeDataAndTrain() throws IOException {
        data = folder.resolve("version");
        NumeraiWriter.writeVersionDirectory(
                SyntheticTables.table(26, LIVE_ROWS, 6, 3, 9, 5, 1), data, NumeraiFormat.PARQUET);
        StringWriter out = new StringWriter();
        int code =
                run(
                        out,
                        "train",
                        "--config",
                        "configs/xgb-quick.yaml",
                        "--data",
                        data.toString(),
                        "--name",
                        "cli-test",
                        "--experiments",
                        folder.resolve("experiments").toString());
        assertThat(code).isZero();
        runFolder = Path.of(out.toString().trim());
    }

    private static int run(StringWriter out, String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void trainWritesTheRunFolderNamedOnStdout() throws IOException {
        assertThat(runFolder.getParent().getFileName().toString()).isEqualTo("cli-test");
        assertThat(runFolder.resolve("model.json")).isRegularFile();
        assertThat(Files.readString(runFolder.resolve("config.yaml")))
                .contains("path: " + data, "embargo_eras: 4");
        assertThat(Files.readString(runFolder.resolve("data.json"))).contains("train.parquet");
    }

    @Test
    void predictWritesARankedSubmissionAndRefusesToOverwrite() throws IOException {
        Path submission = folder.resolve("submission.csv");
        String[] args = {
            "predict",
            "--run",
            runFolder.toString(),
            "--data",
            data.toString(),
            "--out",
            submission.toString()
        };
        assertThat(run(new StringWriter(), args)).isZero();
        List<String> lines = Files.readAllLines(submission);
        assertThat(lines.get(0)).isEqualTo("id,prediction");
        assertThat(lines).hasSize(1 + LIVE_ROWS);
        try (Stream<String> values = lines.stream().skip(1)) {
            assertThat(values.map(l -> Double.parseDouble(l.split(",")[1])))
                    .allMatch(v -> v > 0 && v < 1);
        }
        assertThat(run(new StringWriter(), args)).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        String[] forced =
                Stream.concat(Stream.of(args), Stream.of("--force")).toArray(String[]::new);
        assertThat(run(new StringWriter(), forced)).isZero();
    }

    @Test
    void cudaWithLightGbmIsBadInput() throws IOException {
        Path config = folder.resolve("cuda.yaml");
        Files.writeString(
                config,
                Files.readString(Path.of("configs/lgbm-quick.yaml"))
                        .replace("device: cpu", "device: cuda"));
        int code =
                run(
                        new StringWriter(),
                        "train",
                        "--config",
                        config.toString(),
                        "--data",
                        data.toString(),
                        "--experiments",
                        folder.resolve("x").toString());
        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
    }
}
