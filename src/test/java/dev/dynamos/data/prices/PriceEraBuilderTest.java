package dev.dynamos.data.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceEraBuilderTest {

    private static final int TICKERS = 50;
    private static final int DAYS = 420;
    private static final int HORIZON = 20;

    /** Float targets carry about seven significant digits. */
    private static final double RETURN_TOLERANCE = 1e-6;

    @TempDir static Path dir;

    private static SyntheticPrices prices;
    private static PriceConversion conversion;

    @BeforeAll
    static void build() {
        prices = SyntheticPrices.generate(TICKERS, DAYS, 42);
        conversion = convert(prices, "prices.csv.gz");
    }

    @Test
    void changingPricesAfterAnEraLeavesFeaturesOfThatEraAndEarlierUnchanged() {
        LocalDate cutoff = conversion.eras().get(49).date();
        PriceConversion changed = convert(prices.perturbedAfter(cutoff, 7), "changed.csv.gz");
        EraTable before = conversion.table();
        EraTable after = changed.table();

        int compared = 0;
        for (EraSummary era : conversion.eras()) {
            if (era.date().isAfter(cutoff) || era.role() == EraRole.EMBARGO) {
                continue;
            }
            assertSameEraFeatures(before, after, era.era());
            compared++;
        }

        assertThat(compared).isEqualTo(50);
        int lastEra = conversion.eras().size();
        assertThat(eraColumn(after, lastEra, 0)).isNotEqualTo(eraColumn(before, lastEra, 0));
        assertThat(conversion.eras().get(49).role()).isEqualTo(EraRole.TRAIN);
        assertThat(eraTarget(after, 50)).isNotEqualTo(eraTarget(before, 50));
    }

    @Test
    void targetsAreRankedForwardReturnsOverTheHorizon() {
        EraTable table = conversion.table();
        for (int era : new int[] {10, 40, 65}) {
            int day = dayOf(conversion.eras().get(era - 1).date());
            double[] forward = new double[TICKERS];
            for (int t = 0; t < TICKERS; t++) {
                forward[t] = prices.adjClose[t][day + HORIZON] / prices.adjClose[t][day] - 1;
            }
            int start = table.eraStart(table.eraIndexOf(era).orElseThrow());
            for (int t = 0; t < TICKERS; t++) {
                assertThat(table.id(start + t)).isEqualTo(prices.tickers[t] + "_" + eraLabel(era));
                assertThat(table.target("target_raw_20")[start + t])
                        .isCloseTo((float) forward[t], within((float) RETURN_TOLERANCE));
                assertThat(table.target("target")[start + t]).isEqualTo(expectedLevel(forward, t));
            }
        }
    }

    @Test
    void sixtyDayTargetRanksTheSixtyDayForwardReturn() {
        EraTable table = conversion.table();
        int era = 30;
        int day = dayOf(conversion.eras().get(era - 1).date());
        double[] forward = new double[TICKERS];
        for (int t = 0; t < TICKERS; t++) {
            forward[t] = prices.adjClose[t][day + 60] / prices.adjClose[t][day] - 1;
        }
        int start = table.eraStart(table.eraIndexOf(era).orElseThrow());

        for (int t = 0; t < TICKERS; t++) {
            assertThat(table.target("target_60")[start + t]).isEqualTo(expectedLevel(forward, t));
        }
    }

    @Test
    void featuresWithFullHistoryFillFiveBinsEquallyInEveryEra() {
        EraTable table = conversion.table();
        int f = table.featureIndex("feature_reversal_ret_5").orElseThrow();
        for (int e = 2; e < table.eraCount(); e++) {
            int[] counts = new int[5];
            for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                counts[table.column(f)[r]]++;
            }
            assertThat(counts).as("era %d", table.era(e)).containsOnly(TICKERS / 5);
        }
    }

    @Test
    void tooLittleHistoryIsStoredAsTwoAndCounted() {
        EraTable table = conversion.table();
        String name = "feature_momentum_ret_250";
        int f = table.featureIndex(name).orElseThrow();
        int expectedMissing = 0;
        for (int r = 0; r < table.rows(); r++) {
            int era = table.era(table.eraIndexOfRow(r));
            int day = dayOf(conversion.eras().get(era - 1).date());
            if (day < 250) {
                expectedMissing++;
                assertThat(table.column(f)[r]).isEqualTo(EraRanks.MISSING_BIN);
            }
        }

        assertThat(expectedMissing).isGreaterThan(0);
        assertThat(conversion.missingByFeature().get(name)).isEqualTo(expectedMissing);
    }

    @Test
    void erasAreSplitByDateWithAnEmbargoAndOneLiveEra() {
        EraTable table = conversion.table();
        EraSummary last = conversion.eras().get(conversion.eras().size() - 1);
        int liveIndex = table.eraIndexOf(last.era()).orElseThrow();

        assertThat(last.role()).isEqualTo(EraRole.LIVE);
        assertThat(last.date()).isEqualTo(prices.days.get(DAYS - 1));
        assertThat(table.dataType(table.eraStart(liveIndex))).isEqualTo(DataType.LIVE);
        assertThat(conversion.eras().stream().filter(e -> e.role() == EraRole.EMBARGO))
                .hasSize(PriceConversionOptions.DEFAULT_EMBARGO)
                .allSatisfy(e -> assertThat(table.eraIndexOf(e.era())).isEmpty());
        for (int r = 0; r < table.rows(); r++) {
            DataType type = table.dataType(r);
            boolean hasTargets = type == DataType.TRAIN || type == DataType.VALIDATION;
            assertThat(Float.isNaN(table.target("target")[r])).isEqualTo(!hasTargets);
        }
    }

    @Test
    void sixtyDayTargetIsMissingWhereUnresolved() {
        EraTable table = conversion.table();
        float[] target60 = table.target("target_60");
        for (int r = 0; r < table.rows(); r++) {
            int era = table.era(table.eraIndexOfRow(r));
            int day = dayOf(conversion.eras().get(era - 1).date());
            assertThat(Float.isNaN(target60[r])).isEqualTo(day + 60 >= DAYS);
        }
    }

    @Test
    void explicitValidationStartIsHonoured() {
        LocalDate from = conversion.eras().get(49).date();
        PriceConversion split =
                PriceEraBuilder.build(
                        PriceCsvReader.read(dir.resolve("prices.csv.gz")).history(),
                        new PriceConversionOptions(HORIZON, Optional.of(from), 2));

        assertThat(split.eras().get(46).role()).isEqualTo(EraRole.TRAIN);
        assertThat(split.eras().get(47).role()).isEqualTo(EraRole.EMBARGO);
        assertThat(split.eras().get(49).role()).isEqualTo(EraRole.VALIDATION);
    }

    @Test
    void tickerWithEmptyRowsOnAnEraDateIsLeftOutOfThatEraOnly() {
        SyntheticPrices gappy = SyntheticPrices.generate(TICKERS, DAYS, 42);
        int eraDay = dayOf(conversion.eras().get(49).date());
        gappy.blank(3, eraDay - 2, eraDay);
        PriceLoad load = PriceCsvReader.read(gappy.write(dir.resolve("gappy.csv")));
        EraTable table =
                PriceEraBuilder.build(load.history(), PriceConversionOptions.defaults()).table();

        assertThat(load.emptyRowsSkipped()).isEqualTo(3);
        assertThat(eraIds(table, 50)).hasSize(TICKERS - 1).doesNotContain("T003_0050");
        assertThat(eraIds(table, 51)).hasSize(TICKERS).contains("T003_0051");
    }

    @Test
    void sameInputGivesTheSameTable() {
        EraTable first = conversion.table();
        EraTable second = convert(prices, "again.csv").table();

        assertThat(second.rows()).isEqualTo(first.rows());
        for (int r = 0; r < first.rows(); r++) {
            assertThat(second.id(r)).isEqualTo(first.id(r));
        }
        for (int f = 0; f < first.featureCount(); f++) {
            assertThat(second.column(f)).isEqualTo(first.column(f));
        }
        for (String target : first.targetNames()) {
            assertThat(second.target(target)).isEqualTo(first.target(target));
        }
    }

    private static PriceConversion convert(SyntheticPrices input, String fileName) {
        PriceHistory history = PriceCsvReader.read(input.write(dir.resolve(fileName))).history();
        return PriceEraBuilder.build(history, PriceConversionOptions.defaults());
    }

    private static void assertSameEraFeatures(EraTable before, EraTable after, int era) {
        int b = before.eraIndexOf(era).orElseThrow();
        int a = after.eraIndexOf(era).orElseThrow();
        assertThat(after.eraSize(a)).isEqualTo(before.eraSize(b));
        for (int f = 0; f < before.featureCount(); f++) {
            assertThat(eraColumn(after, era, f))
                    .as("era %d %s", era, before.featureName(f))
                    .isEqualTo(eraColumn(before, era, f));
        }
    }

    private static java.util.List<String> eraIds(EraTable table, int era) {
        int e = table.eraIndexOf(era).orElseThrow();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
            ids.add(table.id(r));
        }
        return ids;
    }

    private static byte[] eraColumn(EraTable table, int era, int f) {
        int e = table.eraIndexOf(era).orElseThrow();
        return Arrays.copyOfRange(table.column(f), table.eraStart(e), table.eraEnd(e));
    }

    private static float[] eraTarget(EraTable table, int era) {
        int e = table.eraIndexOf(era).orElseThrow();
        return Arrays.copyOfRange(table.target("target"), table.eraStart(e), table.eraEnd(e));
    }

    /** Level of value {@code t} by its position among distinct values (5%, 20%, 50%, 20%, 5%). */
    private static float expectedLevel(double[] values, int t) {
        int below = 0;
        for (double value : values) {
            below += value < values[t] ? 1 : 0;
        }
        double fraction = (below + 0.5) / values.length;
        if (fraction < 0.05) {
            return 0f;
        }
        if (fraction < 0.25) {
            return 0.25f;
        }
        if (fraction < 0.75) {
            return 0.5f;
        }
        return fraction < 0.95 ? 0.75f : 1f;
    }

    private static int dayOf(LocalDate date) {
        return prices.days.indexOf(date);
    }

    private static String eraLabel(int era) {
        return String.format("%04d", era);
    }
}
