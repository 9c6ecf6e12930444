package dev.dynamos.data.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EraSplitTest {

    private static final LocalDate FIRST = LocalDate.of(2016, 1, 8);

    @Test
    void defaultSplitPutsTheLastQuarterOfResolvedErasInValidation() {
        EraRole[] roles = EraSplit.assign(weeks(50), 40, Optional.empty(), 4);

        assertThat(roles[25]).isEqualTo(EraRole.TRAIN);
        assertThat(roles).containsSubsequence(EraRole.TRAIN, EraRole.EMBARGO, EraRole.VALIDATION);
        assertThat(count(roles, EraRole.VALIDATION)).isEqualTo(10);
        assertThat(count(roles, EraRole.EMBARGO)).isEqualTo(4);
        assertThat(count(roles, EraRole.TRAIN)).isEqualTo(26);
        assertThat(count(roles, EraRole.TEST)).isEqualTo(9);
        assertThat(roles[49]).isEqualTo(EraRole.LIVE);
    }

    @Test
    void validationStartsAtTheFirstEraOnOrAfterTheDate() {
        LocalDate[] dates = weeks(50);

        EraRole[] roles = EraSplit.assign(dates, 40, Optional.of(dates[20].minusDays(2)), 3);

        assertThat(roles[19]).isEqualTo(EraRole.EMBARGO);
        assertThat(roles[16]).isEqualTo(EraRole.TRAIN);
        assertThat(roles[17]).isEqualTo(EraRole.EMBARGO);
        assertThat(roles[20]).isEqualTo(EraRole.VALIDATION);
        assertThat(roles[39]).isEqualTo(EraRole.VALIDATION);
        assertThat(roles[40]).isEqualTo(EraRole.TEST);
    }

    @Test
    void validationAfterTheLastResolvedEraIsBadInput() {
        LocalDate[] dates = weeks(50);

        assertThatThrownBy(() -> EraSplit.assign(dates, 40, Optional.of(dates[45]), 4))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_split")
                .hasMessageContaining(dates[39].toString());
    }

    @Test
    void embargoThatLeavesNoTrainEraIsBadInput() {
        LocalDate[] dates = weeks(50);

        assertThatThrownBy(() -> EraSplit.assign(dates, 40, Optional.of(dates[3]), 4))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("leaves no train era");
    }

    private static LocalDate[] weeks(int count) {
        LocalDate[] dates = new LocalDate[count];
        for (int e = 0; e < count; e++) {
            dates[e] = FIRST.plusWeeks(e);
        }
        return dates;
    }

    private static long count(EraRole[] roles, EraRole role) {
        return java.util.Arrays.stream(roles).filter(r -> r == role).count();
    }
}
