package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamos.data.io.NumeraiFormat;
import dev.dynamos.data.io.NumeraiWriter;
import dev.dynamos.data.io.SmallTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataInspectCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsRowsErasSetsValueSharesAndTargets() {
        NumeraiWriter.writeVersionDirectory(
                SmallTables.table(6, 10, 11), dir, NumeraiFormat.PARQUET);

        int code = run("data", "inspect", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("rows                70")
                .contains("eras                7 (first 0001, last 0007)")
                .contains("rows per era        min 10, median 10.0, max 10")
                .contains("data types          train 40, validation 10, test 10, live 10")
                .containsPattern("agility +3 \\(group\\)")
                .contains(
                        "missing features    0 NaN cells in the files (stored as 2);"
                                + " 0 (era, feature)")
                .containsPattern("target +NaN 20, values \\[");
    }

    @Test
    void jsonOutputHoldsTheSameCounts() throws IOException {
        NumeraiWriter.writeVersionDirectory(SmallTables.table(6, 10, 12), dir, NumeraiFormat.CSV);

        int code = run("data", "inspect", dir.toString(), "--json", "--feature-set", "small");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(code).isZero();
        assertThat(json.get("rows").asInt()).isEqualTo(70);
        assertThat(json.get("featureCount").asInt()).isEqualTo(2);
        assertThat(json.get("dataTypeRows").get("live").asInt()).isEqualTo(10);
        assertThat(json.get("targets").get(0).get("values").size()).isBetween(1, 5);
        double shareSum = 0;
        for (JsonNode share : json.get("valueShares")) {
            shareSum += share.asDouble();
        }
        assertThat(shareSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badInputsExitWithCodeTwoAndNameTheProblem() throws IOException {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, "id,era,feature_a,target\nn1,0001,9,0.5\n");
        Path folder = Files.createDirectories(dir.resolve("nojson"));
        Files.writeString(folder.resolve("train.csv"), "id,era,feature_a,target\n");

        assertThat(run("data", "inspect", dir.resolve("absent").toString())).isEqualTo(2);
        assertThat(run("data", "inspect", folder.toString())).isEqualTo(2);
        assertThat(run("data", "inspect", csv.toString())).isEqualTo(2);
        assertThat(run("data", "inspect", csv.toString(), "--feature-set", "tiny")).isEqualTo(2);
        assertThat(run("data", "inspect", csv.toString(), "--targets", "target_x")).isEqualTo(2);

        assertThat(err.toString())
                .contains("missing_file")
                .contains("missing_features_json")
                .contains("bad_feature_value")
                .contains("column feature_a holds value 9 at id 'n1'")
                .contains("unknown_feature_set: feature set 'tiny'")
                .contains("missing_target")
                .doesNotContain("at dev.dynamos");
    }

    @Test
    void dynamosExecuteReturnsTwoForAMissingFile() {
        assertThat(DynamosCommand.execute("data", "inspect", dir.resolve("x.parquet").toString()))
                .isEqualTo(DynamosCommand.EXIT_BAD_INPUT);
    }

    private int run(String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
