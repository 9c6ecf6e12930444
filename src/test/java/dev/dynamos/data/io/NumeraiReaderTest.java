package dev.dynamos.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumeraiReaderTest {

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(NumeraiFormat.class)
    void roundTripKeepsEveryValue(NumeraiFormat format) {
        EraTable written = SmallTables.table(8, 12, 3);
        NumeraiWriter.writeVersionDirectory(written, dir, format);

        EraTable read = NumeraiReader.read(dir);

        assertSameTable(read, written);
        assertThat(read.featureSets().groups()).containsExactly("wisdom", "agility");
    }

    @Test
    void singleFileWithoutFeaturesJsonLoadsAllFeatureColumns() {
        EraTable written = SmallTables.table(5, 7, 4);
        Path file = dir.resolve("sub").resolve("train_all.parquet");
        file.getParent().toFile().mkdirs();
        NumeraiWriter.writeFile(written, file);

        EraTable read = NumeraiReader.read(file);

        assertSameTable(read, written);
        assertThat(read.featureSets().sets()).containsOnlyKeys("all");
    }

    @Test
    void featureSetSelectsOnlyItsColumns() {
        NumeraiWriter.writeVersionDirectory(SmallTables.table(4, 5, 5), dir, NumeraiFormat.PARQUET);

        EraTable small = NumeraiReader.read(dir, ReadOptions.defaults().withFeatureSet("small"));
        EraTable group = NumeraiReader.read(dir, ReadOptions.defaults().withFeatureSet("agility"));
        EraTable explicit =
                NumeraiReader.read(
                        dir, ReadOptions.defaults().withFeatureSet("feature_delta,feature_alpha"));

        assertThat(small.featureNames()).containsExactly("feature_alpha", "feature_beta");
        assertThat(group.featureNames())
                .containsExactly("feature_beta", "feature_delta", "feature_epsilon");
        assertThat(explicit.featureNames()).containsExactly("feature_delta", "feature_alpha");
    }

    @Test
    void everyKthEraKeepsErasAtMultiplesOfKInTheSortedList() {
        NumeraiWriter.writeVersionDirectory(
                SmallTables.table(10, 3, 6), dir, NumeraiFormat.PARQUET);

        EraTable read = NumeraiReader.read(dir, ReadOptions.defaults().withEveryKthEra(4));

        assertThat(read.eraNumbers()).containsExactly(1, 5, 9);
        assertThat(read.rows()).isEqualTo(9);
    }

    @Test
    void eraRangeIsInclusiveAndAppliesBeforeDownsampling() {
        NumeraiWriter.writeVersionDirectory(
                SmallTables.table(10, 3, 7), dir, NumeraiFormat.PARQUET);

        EraTable read =
                NumeraiReader.read(
                        dir, ReadOptions.defaults().withEraRange(3, 8).withEveryKthEra(2));

        assertThat(read.eraNumbers()).containsExactly(3, 5, 7);
    }

    @Test
    void dataTypeFilterKeepsOnlyThoseRows() {
        EraTable written = SmallTables.table(6, 4, 8);
        NumeraiWriter.writeVersionDirectory(written, dir, NumeraiFormat.CSV);

        EraTable read =
                NumeraiReader.read(
                        dir, ReadOptions.defaults().withDataTypes(EnumSet.of(DataType.VALIDATION)));

        assertThat(read.eraNumbers()).containsExactly(5);
        assertThat(read.rows()).isEqualTo(4);
        assertThat(read.dataType(0)).isEqualTo(DataType.VALIDATION);
    }

    @Test
    void targetsOptionLoadsOnlyTheNamedTargets() {
        NumeraiWriter.writeVersionDirectory(SmallTables.table(4, 4, 9), dir, NumeraiFormat.PARQUET);

        EraTable read =
                NumeraiReader.read(dir, ReadOptions.defaults().withTargets(List.of("target")));

        assertThat(read.targetNames()).containsExactly("target");
    }

    @Test
    void liveEraXAndIntegerErasAreMapped() throws Exception {
        Path file = dir.resolve("live.csv");
        Files.writeString(
                file,
                "id,era,feature_a,target\nn1,X,1,\nn2,X,4,\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path train = dir.resolve("train.csv");
        Files.writeString(train, "id,era,feature_a,target\nn1,0007,0,0.5\nn3,8,,0.25\n");

        EraTable live = NumeraiReader.read(file);
        EraTable trained = NumeraiReader.read(train);

        assertThat(live.eraNumbers()).containsExactly(1);
        assertThat(live.dataType(0)).isEqualTo(DataType.LIVE);
        assertThat(Float.isNaN(live.target("target")[0])).isTrue();
        assertThat(trained.eraNumbers()).containsExactly(7, 8);
        assertThat(trained.column(0)[1]).isEqualTo(ReadOptions.DEFAULT_MISSING_FEATURE_VALUE);
    }

    @Test
    void featureOutsideZeroToFourNamesColumnAndId() throws IOException {
        Files.writeString(
                dir.resolve("train.csv"), "id,era,feature_a,target\nn1,0001,1,0.5\nn2,0001,7,1\n");

        assertThatThrownBy(() -> NumeraiReader.read(dir.resolve("train.csv")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_feature_value")
                .hasMessageContaining("feature_a")
                .hasMessageContaining("'n2'");
    }

    @Test
    void nonNumericCsvCellNamesFileColumnAndLine() throws IOException {
        Files.writeString(
                dir.resolve("train.csv"), "id,era,feature_a,target\nn1,0001,1,0.5\nn2,0001,x,1\n");

        assertThatThrownBy(() -> NumeraiReader.read(dir.resolve("train.csv")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_csv_value")
                .hasMessageContaining("train.csv line 3")
                .hasMessageContaining("column feature_a")
                .hasMessageContaining("'x'");
    }

    @Test
    void duplicateIdWithinAnEraNamesIdAndEra() throws IOException {
        Files.writeString(
                dir.resolve("train.csv"),
                "id,era,feature_a,target\nn1,0001,1,0.5\nn1,0002,1,1\nn2,0002,1,1\nn2,0002,3,0\n");

        assertThatThrownBy(() -> NumeraiReader.read(dir.resolve("train.csv")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("duplicate_id")
                .hasMessageContaining("'n2'")
                .hasMessageContaining("era 0002");
    }

    @Test
    void missingInputsAreBadInput() throws IOException {
        Files.createDirectories(dir.resolve("v"));
        Files.writeString(dir.resolve("v/train.csv"), "id,era,feature_a,target\n");

        assertThatThrownBy(() -> NumeraiReader.read(dir.resolve("nothing.parquet")))
                .hasMessageStartingWith("missing_file");
        assertThatThrownBy(() -> NumeraiReader.read(dir.resolve("v")))
                .hasMessageStartingWith("missing_features_json");
    }

    @Test
    void unknownFeatureSetAndMissingTargetAreBadInput() {
        NumeraiWriter.writeVersionDirectory(
                SmallTables.table(3, 3, 10), dir, NumeraiFormat.PARQUET);

        assertThatThrownBy(
                        () ->
                                NumeraiReader.read(
                                        dir, ReadOptions.defaults().withFeatureSet("huge")))
                .hasMessageStartingWith("unknown_feature_set")
                .hasMessageContaining("huge");
        assertThatThrownBy(
                        () ->
                                NumeraiReader.read(
                                        dir,
                                        ReadOptions.defaults()
                                                .withTargets(List.of("target_nope_20"))))
                .hasMessageStartingWith("missing_target")
                .hasMessageContaining("target_nope_20");
    }

    static void assertSameTable(EraTable read, EraTable written) {
        assertThat(read.rows()).isEqualTo(written.rows());
        assertThat(read.eraNumbers()).containsExactly(written.eraNumbers());
        assertThat(read.featureNames()).isEqualTo(written.featureNames());
        assertThat(read.targetNames()).isEqualTo(written.targetNames());
        for (int r = 0; r < written.rows(); r++) {
            assertThat(read.id(r)).isEqualTo(written.id(r));
            assertThat(read.dataType(r)).isEqualTo(written.dataType(r));
            assertThat(read.eraIndexOfRow(r)).isEqualTo(written.eraIndexOfRow(r));
        }
        for (int f = 0; f < written.featureCount(); f++) {
            assertThat(read.column(f)).containsExactly(written.column(f));
        }
        for (String target : written.targetNames()) {
            // containsExactly on float[] compares with Float.equals, so NaN equals NaN.
            assertThat(read.target(target)).containsExactly(written.target(target));
        }
    }
}
