package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.prices.SyntheticPrices;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataFromPricesCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesAVersionFolderWithErasCsvThatTheReaderLoads() throws IOException {
        Path prices = SyntheticPrices.generate(30, 300, 5).write(dir.resolve("p.csv.gz"));
        Path version = dir.resolve("v1");

        int code = run("--prices", prices.toString(), "--out", version.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(version.resolve("train.parquet")).exists();
        assertThat(version.resolve("features.json")).exists();
        List<String> eras = Files.readAllLines(version.resolve("eras.csv"));
        assertThat(eras.get(0)).isEqualTo("era,date,data_type,rows");
        assertThat(eras.get(eras.size() - 1)).endsWith(",live,30");
        EraTable table = NumeraiReader.read(version);
        assertThat(table.featureCount()).isGreaterThanOrEqualTo(30);
        assertThat(table.targetNames()).contains("target", "target_60", "target_raw_20");
        assertThat(out.toString()).contains("signal check (train eras)");
    }

    @Test
    void existingOutputIsRefusedWithoutForce() throws IOException {
        Path prices = SyntheticPrices.generate(10, 120, 5).write(dir.resolve("p.csv"));
        Path version = Files.createDirectories(dir.resolve("v1"));
        String[] args = {
            "--prices", prices.toString(), "--out", version.toString(), "--horizon", "5"
        };

        assertThat(run(args)).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("output_exists");
        assertThat(run(append(args, "--force"))).isZero();
        assertThat(version.resolve("live.parquet")).exists();
    }

    @Test
    void missingColumnExitsWithBadInputAndNoOutput() {
        Path prices =
                SyntheticPrices.writeLines(
                        dir.resolve("p.csv"),
                        "date,ticker,open,high,low,volume",
                        "2017-01-03,AAA,1,2,0.5,100");
        Path version = dir.resolve("v1");

        int code = run("--prices", prices.toString(), "--out", version.toString());

        assertThat(code).isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("missing_column").contains("'close'");
        assertThat(version).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("p.csv");
    }

    private int run(String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "data";
        full[1] = "from-prices";
        System.arraycopy(args, 0, full, 2, args.length);
        return commandLine.execute(full);
    }

    private static String[] append(String[] args, String extra) {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = extra;
        return longer;
    }
}
