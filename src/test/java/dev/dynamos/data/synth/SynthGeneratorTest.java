package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynthGeneratorTest {

    private static final SynthOptions SMALL = new SynthOptions(60, 200, 24, 4, 3, 7.0, 11L);

    private static final SyntheticData DATA = SynthGenerator.generate(SMALL);

    @Test
    void sameSeedGivesTheSameTable() {
        EraTable again = SynthGenerator.generate(SMALL).table();
        EraTable table = DATA.table();

        for (int r = 0; r < table.rows(); r++) {
            assertThat(again.id(r)).isEqualTo(table.id(r));
        }
        for (int f = 0; f < table.featureCount(); f++) {
            assertThat(again.column(f)).containsExactly(table.column(f));
        }
        for (String target : table.targetNames()) {
            assertThat(again.target(target)).containsExactly(table.target(target));
        }
        assertThat(SynthGenerator.generate(SMALL).truth()).isEqualTo(DATA.truth());
    }

    @Test
    void anotherSeedGivesAnotherTable() {
        EraTable other = SynthGenerator.generate(SMALL.withSeed(12L)).table();

        assertThat(other.column(0)).isNotEqualTo(DATA.table().column(0));
        assertThat(other.id(0)).isNotEqualTo(DATA.table().id(0));
    }

    @Test
    void everyKnownTargetHasNumeraiLevelCountsInEveryEra() {
        EraTable table = DATA.table();
        int[] expected = EraRanking.targetLevelCounts(SMALL.rowsPerEra());

        for (String name : table.targetNames()) {
            float[] target = table.target(name);
            for (int e = 0; e < table.eraCount(); e++) {
                if (!Float.isNaN(target[table.eraStart(e)])) {
                    assertThat(levelCounts(target, table.eraStart(e), table.eraEnd(e)))
                            .as("%s in era %d", name, table.era(e))
                            .containsExactly(expected);
                }
            }
        }
    }

    @Test
    void featureBinsHoldAFifthOfEachEraExceptMissingOnes() {
        EraTable table = DATA.table();
        int fifth = SMALL.rowsPerEra() / 5;

        for (int e = 0; e < table.eraCount(); e++) {
            for (int f = 0; f < table.featureCount(); f++) {
                int[] counts = binCounts(table.column(f), table.eraStart(e), table.eraEnd(e));
                if (counts[2] != SMALL.rowsPerEra()) {
                    assertThat(counts).containsExactly(fifth, fifth, fifth, fifth, fifth);
                }
            }
        }
    }

    @Test
    void missingFeatureErasHoldOnly2() {
        EraTable table = DATA.table();
        List<SynthTruth.MissingFeature> missing = DATA.truth().missingFeatures();

        assertThat(missing).isNotEmpty();
        for (SynthTruth.MissingFeature entry : missing) {
            int e = table.eraIndexOf(Integer.parseInt(entry.era())).orElseThrow();
            byte[] column = table.column(table.featureIndex(entry.feature()).orElseThrow());
            assertThat(binCounts(column, table.eraStart(e), table.eraEnd(e))[2])
                    .isEqualTo(table.eraSize(e));
        }
    }

    @Test
    void validationFollowsTheEmbargoAndLiveFollowsValidation() {
        EraTable table = DATA.table();
        EraLayout layout = DATA.truth().layout();
        int lastTrain = lastEraOf(table, DataType.TRAIN);
        int firstValidation = firstEraOf(table, DataType.VALIDATION);

        assertThat(firstValidation - lastTrain).isEqualTo(EraLayout.EMBARGO_ERAS + 1);
        assertThat(layout.lastValidationEra() - firstValidation + 1).isEqualTo(12);
        assertThat(firstEraOf(table, DataType.LIVE)).isEqualTo(SMALL.eras() + 1);
        assertThat(table.eraCount()).isEqualTo(SMALL.eras() - EraLayout.EMBARGO_ERAS + 1);
    }

    @Test
    void liveEraHasOnlyNaNTargets() {
        EraTable table = DATA.table();
        int live = table.eraCount() - 1;

        assertThat(table.dataType(table.eraStart(live))).isEqualTo(DataType.LIVE);
        for (String name : table.targetNames()) {
            for (int r = table.eraStart(live); r < table.eraEnd(live); r++) {
                assertThat(table.target(name)[r]).isNaN();
            }
        }
    }

    @Test
    void auxiliaryTargetsAreNaNOnlyWhereTheirHorizonIsIncomplete() {
        EraTable table = DATA.table();

        // Live is era 61: a 4-era target is unknown in validation eras 58..60, a 12-era one in
        // 50..60; train ends at era 44 and validation starts at 49, so the 12-era target is
        // unknown in train eras 38..44.
        assertThat(nanEras(table, SynthGenerator.MAIN_TARGET)).containsExactly(61);
        assertThat(nanEras(table, SynthGenerator.AUX_20)).containsExactly(58, 59, 60, 61);
        assertThat(nanEras(table, SynthGenerator.AUX_60))
                .containsExactly(
                        38, 39, 40, 41, 42, 43, 44, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61);
    }

    @Test
    void idsAreUniqueNumeraiStyleHexStrings() {
        EraTable table = DATA.table();
        Set<String> seen = new HashSet<>();

        for (int r = 0; r < table.rows(); r++) {
            assertThat(table.id(r)).matches("n[0-9a-f]{15}");
            seen.add(table.id(r));
        }
        assertThat(seen).hasSize(table.rows());
    }

    @Test
    void featureSetsHoldSmallMediumAllAndOneSetPerGroup() {
        var sets = DATA.table().featureSets();

        assertThat(sets.sets().keySet())
                .containsExactly(
                        "small",
                        "medium",
                        "all",
                        "intelligence",
                        "wisdom",
                        "charisma",
                        "dexterity");
        assertThat(sets.groups())
                .containsExactly("intelligence", "wisdom", "charisma", "dexterity");
        assertThat(sets.sets().get("all")).hasSize(24);
        assertThat(sets.sets().get("medium")).hasSize(12).containsAll(sets.sets().get("small"));
        assertThat(sets.sets().get("wisdom")).hasSize(6);
    }

    @Test
    void groupNamesCycleWithSuffixesPastEight() {
        assertThat(FeatureLayout.groupNames(10)).endsWith("serenity", "intelligence_2", "wisdom_2");
    }

    @Test
    void regimesLastTensOfEras() {
        SynthTruth truth = SynthGenerator.generate(SynthOptions.defaults()).truth();
        int switches = 0;
        for (int era = 2; era <= truth.liveEra(); era++) {
            switches += truth.regimeOf(era) != truth.regimeOf(era - 1) ? 1 : 0;
        }

        double meanRun = truth.liveEra() / (double) (switches + 1);
        assertThat(meanRun).isGreaterThan(10.0);
    }

    private static int[] levelCounts(float[] target, int start, int end) {
        int[] counts = new int[5];
        for (int r = start; r < end; r++) {
            counts[Math.round(target[r] * 4)]++;
        }
        return counts;
    }

    private static int[] binCounts(byte[] column, int start, int end) {
        int[] counts = new int[5];
        for (int r = start; r < end; r++) {
            counts[column[r]]++;
        }
        return counts;
    }

    private static int lastEraOf(EraTable table, DataType type) {
        int last = -1;
        for (int e = 0; e < table.eraCount(); e++) {
            if (table.dataType(table.eraStart(e)) == type) {
                last = table.era(e);
            }
        }
        return last;
    }

    private static int firstEraOf(EraTable table, DataType type) {
        for (int e = 0; e < table.eraCount(); e++) {
            if (table.dataType(table.eraStart(e)) == type) {
                return table.era(e);
            }
        }
        return -1;
    }

    private static List<Integer> nanEras(EraTable table, String name) {
        float[] target = table.target(name);
        List<Integer> eras = new java.util.ArrayList<>();
        for (int e = 0; e < table.eraCount(); e++) {
            if (Float.isNaN(target[table.eraStart(e)])) {
                eras.add(table.era(e));
            }
        }
        return eras;
    }
}
