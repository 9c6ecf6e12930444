package dev.dynamos.data.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyErasTest {

    @Test
    void eraDayIsTheLastTradingDayOfEachIsoWeek() {
        // Fridays 2015-12-25 and 2016-01-01 are holidays, so those weeks end on Thursday; the ISO
        // week of Monday 2015-12-28 spans the turn of the year; the last week is incomplete.
        PriceHistory history =
                history(
                        "2015-12-21",
                        "2015-12-22",
                        "2015-12-23",
                        "2015-12-24",
                        "2015-12-28",
                        "2015-12-29",
                        "2015-12-30",
                        "2015-12-31",
                        "2016-01-04",
                        "2016-01-05");

        int[] eraDays = WeeklyEras.eraDays(history);

        List<LocalDate> dates = new ArrayList<>();
        for (int d : eraDays) {
            dates.add(history.day(d));
        }
        assertThat(dates)
                .containsExactly(
                        LocalDate.parse("2015-12-24"),
                        LocalDate.parse("2015-12-31"),
                        LocalDate.parse("2016-01-05"));
    }

    private static PriceHistory history(String... days) {
        List<LocalDate> dates = new ArrayList<>();
        for (String day : days) {
            dates.add(LocalDate.parse(day));
        }
        double[][] values = {new double[days.length]};
        return new PriceHistory(
                dates, List.of("AAA"), values, values, values, values, values, values);
    }
}
