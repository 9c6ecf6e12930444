package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.UP;
import static dev.dynamos.scoring.Fixtures.UP_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void tieBrokenRankOfUpIsEvenlySpaced() {
        assertThat(Ranks.tieBrokenRank(UP))
                .containsExactly(new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, within(EXACT));
    }

    @Test
    void tieBrokenRankOrdersTiesByPosition() {
        assertThat(Ranks.tieBrokenRank(UP_DOWN))
                .containsExactly(new double[] {0.5, 0.1, 0.7, 0.3, 0.9}, within(EXACT));
    }

    @Test
    void tieKeptRankOfUpIsEvenlySpaced() {
        assertThat(Ranks.tieKeptRank(UP))
                .containsExactly(new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, within(EXACT));
    }

    @Test
    void tieKeptRankAveragesTies() {
        assertThat(Ranks.tieKeptRank(UP_DOWN))
                .containsExactly(new double[] {0.7, 0.2, 0.7, 0.2, 0.7}, within(EXACT));
    }

    @Test
    void nanKeepsItsPlaceAndDoesNotCount() {
        double[] ranks = Ranks.tieKeptRank(new double[] {3, Double.NaN, 1, 2});

        assertThat(ranks[1]).isNaN();
        assertThat(new double[] {ranks[0], ranks[2], ranks[3]})
                .containsExactly(new double[] {2.5 / 3, 0.5 / 3, 1.5 / 3}, within(EXACT));
    }

    @Test
    void negativeZeroTiesWithZero() {
        double[] ranks = Ranks.tieKeptRank(new double[] {0.0, -0.0, 1.0});

        assertThat(ranks[0]).isEqualTo(ranks[1]);
    }

    @Test
    void inputsAreNotModified() {
        double[] values = {3, 1, 1, Double.NaN, -0.0};
        double[] copy = values.clone();

        Ranks.tieKeptRank(values);
        Ranks.tieBrokenRank(values);

        assertThat(values).isEqualTo(copy);
    }
}
