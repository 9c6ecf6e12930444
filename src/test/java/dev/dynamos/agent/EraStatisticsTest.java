package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.dynamos.data.EraTable;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class EraStatisticsTest {

    private static final double TOLERANCE = 1e-5;

    @Test
    void countsGiveTheSameMomentsAndCorrelationAsADirectComputation() {
        EraTable table = AgentTestData.table(4, 5, 80, 3);
        EraStatistics stats = EraStatistics.compute(table, AgentTestData.TARGET);
        int era = 2;
        int feature = 0;
        double[] x = new double[table.eraSize(era)];
        double[] y = new double[x.length];
        double sum = 0;
        int twos = 0;
        for (int i = 0; i < x.length; i++) {
            int r = table.eraStart(era) + i;
            x[i] = table.column(feature)[r];
            y[i] = table.target(AgentTestData.TARGET)[r];
            sum += x[i];
            twos += x[i] == 2 ? 1 : 0;
        }

        assertThat(stats.mean(era, feature)).isCloseTo((float) (sum / x.length), offset(1e-5f));
        assertThat(stats.shareAtTwo(era, feature))
                .isCloseTo((float) twos / x.length, offset(1e-5f));
        assertThat((double) stats.correlation(era, feature))
                .isCloseTo(new PearsonsCorrelation().correlation(x, y), offset(TOLERANCE));
    }
}
