package dev.dynamos.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of kept features against a synthetic data set's truth: in which regime each
 * era is, and which features each regime's target reads.
 */
public final class MaskRecovery {

    private MaskRecovery() {}

    /**
     * Returns recall and precision of the keep masks per regime, regimes in ascending order.
     *
     * <p>Steps per era e of regime g, with K the kept features and I the informative candidate
     * features of g: 1. recall_e = |K ∩ I| / |I|; 2. precision_e = |K ∩ I| / |K| (skipped when K is
     * empty); 3. average each over the regime's eras. An informative feature that is not among the
     * candidate features is left out of I, since no mask can keep it.
     *
     * @param keepMasks keep flags, one row per era, one column per candidate feature
     * @param featureNames candidate feature names, in mask column order
     * @param eraRegimes regime of each masked era, in mask row order
     * @param informative each regime's informative feature names (truth.json's regimes)
     * @return one entry per regime that occurs in {@code eraRegimes}
     * @throws IllegalArgumentException when shapes disagree or a regime has no truth entry
     */
    public static List<RegimeRecovery> perRegime(
            boolean[][] keepMasks,
            List<String> featureNames,
            int[] eraRegimes,
            Map<Integer, ? extends Collection<String>> informative) {
        checkShapes(keepMasks, featureNames, eraRegimes);
        Map<Integer, List<Integer>> erasByRegime = new TreeMap<>();
        for (int e = 0; e < eraRegimes.length; e++) {
            erasByRegime.computeIfAbsent(eraRegimes[e], g -> new ArrayList<>()).add(e);
        }

        List<RegimeRecovery> result = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : erasByRegime.entrySet()) {
            int regime = entry.getKey();
            Collection<String> truth = informative.get(regime);
            if (truth == null) {
                throw new IllegalArgumentException(
                        "regime " + regime + " has no informative-feature entry in the truth");
            }
            boolean[] isInformative = flags(featureNames, new HashSet<>(truth));
            result.add(recovery(regime, entry.getValue(), keepMasks, isInformative));
        }
        return result;
    }

    private static RegimeRecovery recovery(
            int regime, List<Integer> eras, boolean[][] keepMasks, boolean[] isInformative) {
        int informativeCount = MaskStatistics.count(isInformative);
        double recallSum = 0;
        double precisionSum = 0;
        int precisionEras = 0;
        for (int e : eras) {
            int kept = MaskStatistics.count(keepMasks[e]);
            int hits = 0;
            for (int j = 0; j < isInformative.length; j++) {
                hits += keepMasks[e][j] && isInformative[j] ? 1 : 0;
            }
            recallSum += informativeCount == 0 ? 0 : (double) hits / informativeCount;
            if (kept > 0) {
                precisionSum += (double) hits / kept;
                precisionEras++;
            }
        }
        return new RegimeRecovery(
                regime,
                eras.size(),
                informativeCount,
                ComparisonRow.defined(informativeCount == 0 ? Double.NaN : recallSum / eras.size()),
                ComparisonRow.defined(precisionSum / precisionEras));
    }

    private static boolean[] flags(List<String> featureNames, Set<String> informative) {
        boolean[] flags = new boolean[featureNames.size()];
        for (int j = 0; j < flags.length; j++) {
            flags[j] = informative.contains(featureNames.get(j));
        }
        return flags;
    }

    private static void checkShapes(boolean[][] masks, List<String> names, int[] eraRegimes) {
        if (masks.length != eraRegimes.length) {
            throw new IllegalArgumentException(
                    "keepMasks has " + masks.length + " eras, eraRegimes has " + eraRegimes.length);
        }
        for (int e = 0; e < masks.length; e++) {
            if (masks[e].length != names.size()) {
                throw new IllegalArgumentException(
                        "keepMasks row "
                                + e
                                + " has "
                                + masks[e].length
                                + " entries, expected one per feature: "
                                + names.size());
            }
        }
    }

    /**
     * Returns the recovery as a Markdown table with columns regime, eras, informative_features,
     * recall, precision (4 decimals, n/a where not applicable).
     */
    public static String toMarkdown(List<RegimeRecovery> recoveries) {
        StringBuilder text = new StringBuilder();
        text.append("| regime | eras | informative_features | recall | precision |\n");
        text.append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (RegimeRecovery r : recoveries) {
            text.append("| ")
                    .append(r.regime())
                    .append(" | ")
                    .append(r.eras())
                    .append(" | ")
                    .append(r.informativeFeatures())
                    .append(" | ")
                    .append(Comparison.format(r.recall()))
                    .append(" | ")
                    .append(Comparison.format(r.precision()))
                    .append(" |\n");
        }
        return text.toString();
    }
}
