package dev.dynamos.submission;

import static dev.dynamos.submission.SubmissionFixtures.randomIds;
import static dev.dynamos.submission.SubmissionFixtures.validLines;
import static dev.dynamos.submission.SubmissionFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionValidatorTest {

    @TempDir Path dir;

    private List<String> ids;
    private Set<String> live;
    private List<String> lines;

    @BeforeEach
    void setUp() {
        ids = randomIds(100, new Random(SubmissionFixtures.SEED));
        live = new LinkedHashSet<>(ids);
        lines = validLines(ids);
    }

    @Test
    void validSubmissionPassesWithoutWarnings() {
        SubmissionValidation result = check("id,prediction", lines);

        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).isEqualTo(100);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.unknownIds()).isEmpty();
    }

    @Test
    void twoUnknownIdsPassAndAreReportedExactly() {
        List<String> extra = randomIds(102, new Random(SubmissionFixtures.SEED + 1));
        extra.removeAll(ids);
        List<String> unknown = extra.subList(0, 2);
        lines.add(unknown.get(0) + ",0.25");
        lines.add(unknown.get(1) + ",0.75");

        SubmissionValidation result = check("id,prediction", lines);

        assertThat(result.valid()).isTrue();
        assertThat(result.unknownIds()).containsExactlyElementsOf(unknown);
        assertThat(result.warnings())
                .singleElement()
                .asString()
                .startsWith("unknown_submission_ids: ")
                .contains("2 ids are not live ids", unknown.get(0), unknown.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id,pred", "prediction", "ID,prediction", "id, prediction", "a,b"})
    void wrongHeaderFails(String header) {
        assertSingleError(check(header, lines), "invalid_submission_header");
    }

    @Test
    void missingHeaderFails() {
        assertSingleError(check(null, lines), "invalid_submission_header");
    }

    @Test
    void extraColumnFails() {
        assertSingleError(check("id,prediction,era", lines), "invalid_submission_header");
    }

    @Test
    void probabilityColumnIsAcceptedWithAWarning() {
        SubmissionValidation result = check("id,probability", lines);

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).singleElement().asString().startsWith("probability_column");
    }

    @Test
    void columnsInEitherOrderPass() {
        List<String> swapped = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            swapped.add((i + 0.5) / ids.size() + "," + ids.get(i));
        }

        assertThat(check("prediction,id", swapped).valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "", "NA", "abc"})
    void nanPredictionFails(String value) {
        lines.set(7, ids.get(7) + "," + value);

        assertSingleError(check("id,prediction", lines), "nan_submission_values")
                .contains("at lines 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "2", "inf", "1.0000001"})
    void valueOutsideUnitIntervalFails(String value) {
        lines.set(3, ids.get(3) + "," + value);

        assertSingleError(check("id,prediction", lines), "submission_values_out_of_range");
    }

    @Test
    void boundsZeroAndOneAreAllowed() {
        lines.set(0, ids.get(0) + ",0");
        lines.set(1, ids.get(1) + ",1.0");

        assertThat(check("id,prediction", lines).valid()).isTrue();
    }

    @Test
    void constantColumnFails() {
        List<String> constant = new ArrayList<>();
        ids.forEach(id -> constant.add(id + ",0.5"));

        assertSingleError(check("id,prediction", constant), "constant_submission")
                .contains("standard deviation is zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "nan"})
    void nanIdFails(String badId) {
        lines.add(badId + ",0.5");

        assertSingleError(check("id,prediction", lines), "nan_submission_ids")
                .contains("at lines 102");
    }

    @Test
    void duplicatedRowFails() {
        lines.add(lines.get(10));

        assertSingleError(check("id,prediction", lines), "duplicate_submission_ids")
                .contains(ids.get(10));
    }

    @Test
    void oneMissingLiveIdFails() {
        lines.remove(42);

        assertSingleError(check("id,prediction", lines), "invalid_submission_ids")
                .contains("1 live ids are missing: " + ids.get(42))
                .endsWith("regenerate predictions for the current live file");
    }

    @Test
    void emptyFileFails() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        assertSingleError(SubmissionValidator.validate(empty, live), "empty_submission");
    }

    @Test
    void headerOnlyFileFails() {
        assertSingleError(check("id,prediction", List.of()), "empty_submission");
    }

    @Test
    void fileOfOnlyUnknownIdsFails() {
        List<String> strangers = randomIds(200, new Random(SubmissionFixtures.SEED + 2));
        strangers.removeAll(ids);

        SubmissionValidation result = check("id,prediction", validLines(strangers));

        assertSingleError(result, "invalid_submission_ids")
                .contains("100 live ids are missing", "none of the submitted ids is a live id");
        assertThat(result.unknownIds()).containsExactlyElementsOf(strangers);
    }

    @Test
    void requireValidThrowsWithTheFirstCode() {
        lines.remove(0);

        SubmissionValidation result = check("id,prediction", lines);

        assertThatThrownBy(result::requireValid)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("invalid_submission_ids: ");
    }

    @Test
    void missingFileIsBadInput() {
        assertThatThrownBy(() -> SubmissionValidator.validate(dir.resolve("none.csv"), live))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_file: ");
    }

    private SubmissionValidation check(String header, List<String> body) {
        return SubmissionValidator.validate(write(dir, "submission.csv", header, body), live);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertSingleError(
            SubmissionValidation result, String code) {
        assertThat(result.valid()).isFalse();
        return assertThat(result.errors()).singleElement().asString().startsWith(code + ": ");
    }
}
