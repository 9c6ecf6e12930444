package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class SynthTruthTest {

    /** A term's coefficient must be this many standard errors from 0, with the truth's sign. */
    private static final double MIN_T_STATISTIC = 3.0;

    // Default size with less noise, so that even the weakest term of the rarest regime stands out.
    private static final double NOISE = 4.0;

    private static final SyntheticData DATA =
            SynthGenerator.generate(SynthOptions.defaults().withNoise(NOISE));

    @Test
    void everyTermMovesTheTargetWithItsSignWithinItsRegime() {
        EraTable table = DATA.table();
        SynthTruth truth = DATA.truth();

        for (Regime regime : DATA.regimes()) {
            double[][] design = termValues(table, regime, erasOfRegime(table, regime.index()));
            double[] target = targetValues(table, erasOfRegime(table, regime.index()));
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(target, design);
            double[] beta = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();

            List<SynthTruth.TermTruth> terms = truth.regimes().get(regime.index()).terms();
            for (int k = 0; k < terms.size(); k++) {
                // beta[0] is the intercept.
                double t = beta[k + 1] / se[k + 1];
                assertThat(t * terms.get(k).sign())
                        .as("regime %d term %s", regime.index(), terms.get(k))
                        .isGreaterThan(MIN_T_STATISTIC);
            }
        }
    }

    @Test
    void aRegimesTermsExplainItsOwnErasBetterThanOtherEras() {
        EraTable table = DATA.table();

        for (Regime regime : DATA.regimes()) {
            List<Integer> own = erasOfRegime(table, regime.index());
            List<Integer> others = new ArrayList<>();
            for (int e = 0; e < table.eraCount(); e++) {
                // As many other eras as own ones keeps the two fits the same size.
                if (isTrainOrValidation(table, e)
                        && !own.contains(e)
                        && others.size() < own.size()) {
                    others.add(e);
                }
            }

            assertThat(rSquared(table, regime, own))
                    .as("regime %d", regime.index())
                    .isGreaterThan(2 * rSquared(table, regime, others));
        }
    }

    @Test
    void truthNamesTheInformativeFeaturesOfEachTerm() {
        SynthTruth truth = DATA.truth();
        List<String> names = DATA.table().featureNames();

        for (Regime regime : DATA.regimes()) {
            SynthTruth.RegimeTruth written = truth.regimes().get(regime.index());
            assertThat(written.informativeFeatures()).hasSize(RegimeDraw.FEATURES_PER_REGIME);
            for (int k = 0; k < regime.terms().size(); k++) {
                SignalTerm term = regime.terms().get(k);
                assertThat(written.terms().get(k).features().get(0))
                        .isEqualTo(names.get(term.feature()));
                assertThat(written.terms().get(k).shape()).isEqualTo(term.shape().label());
            }
        }
        assertThat(truth.eraRegimes()).hasSize(truth.liveEra());
        assertThat(truth.seed()).isEqualTo(SynthOptions.DEFAULT_SEED);
    }

    private static double rSquared(EraTable table, Regime regime, List<Integer> eras) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(targetValues(table, eras), termValues(table, regime, eras));
        return ols.calculateRSquared();
    }

    private static List<Integer> erasOfRegime(EraTable table, int regime) {
        List<Integer> eras = new ArrayList<>();
        for (int e = 0; e < table.eraCount(); e++) {
            if (isTrainOrValidation(table, e) && DATA.regimeOfEraIndex(e) == regime) {
                eras.add(e);
            }
        }
        return eras;
    }

    private static boolean isTrainOrValidation(EraTable table, int eraIndex) {
        return table.dataType(table.eraStart(eraIndex)) != DataType.LIVE;
    }

    private static double[][] termValues(EraTable table, Regime regime, List<Integer> eras) {
        List<double[]> rows = new ArrayList<>();
        for (int e : eras) {
            for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                double[] row = new double[regime.terms().size()];
                for (int k = 0; k < row.length; k++) {
                    SignalTerm term = regime.terms().get(k);
                    int partner = term.partner() >= 0 ? table.column(term.partner())[r] : 0;
                    row[k] = term.shape().value(table.column(term.feature())[r], partner);
                }
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static double[] targetValues(EraTable table, List<Integer> eras) {
        float[] target = table.target(SynthGenerator.MAIN_TARGET);
        List<Double> values = new ArrayList<>();
        for (int e : eras) {
            for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                values.add((double) target[r]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
