package dev.dynamos.data.prices;

import dev.dynamos.data.FeatureSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features built from prices, each a function of one ticker's history up to an era day.
 *
 * <p>Column names are {@code feature_<group>_<name>}, for example {@code
 * feature_momentum_ret_250_skip_20}. Windows count trading days. Features are binned per era, so
 * only their order within an era matters, not their scale.
 */
public enum PriceFeature {
    RET_60(Group.MOMENTUM, "ret_60", Tier.MEDIUM, (s, d) -> s.ret(d, 60)),
    RET_120(Group.MOMENTUM, "ret_120", Tier.MEDIUM, (s, d) -> s.ret(d, 120)),
    RET_250(Group.MOMENTUM, "ret_250", Tier.SMALL, (s, d) -> s.ret(d, 250)),
    RET_250_SKIP_20(Group.MOMENTUM, "ret_250_skip_20", Tier.SMALL, (s, d) -> s.retSkip(d, 250, 20)),
    RET_120_SKIP_20(Group.MOMENTUM, "ret_120_skip_20", Tier.ALL, (s, d) -> s.retSkip(d, 120, 20)),

    RET_1(Group.REVERSAL, "ret_1", Tier.MEDIUM, (s, d) -> s.ret(d, 1)),
    RET_5(Group.REVERSAL, "ret_5", Tier.SMALL, (s, d) -> s.ret(d, 5)),
    RET_10(Group.REVERSAL, "ret_10", Tier.MEDIUM, (s, d) -> s.ret(d, 10)),
    RET_20(Group.REVERSAL, "ret_20", Tier.SMALL, (s, d) -> s.ret(d, 20)),
    GAP_1(Group.REVERSAL, "gap_1", Tier.ALL, TickerSeries::gap),
    EXCESS_5(Group.REVERSAL, "excess_ret_5", Tier.MEDIUM, (s, d) -> s.excessRet(d, 5)),
    EXCESS_20(Group.REVERSAL, "excess_ret_20", Tier.SMALL, (s, d) -> s.excessRet(d, 20)),

    VOL_10(Group.VOLATILITY, "vol_10", Tier.ALL, (s, d) -> s.volatility(d, 10)),
    VOL_20(Group.VOLATILITY, "vol_20", Tier.SMALL, (s, d) -> s.volatility(d, 20)),
    VOL_60(Group.VOLATILITY, "vol_60", Tier.MEDIUM, (s, d) -> s.volatility(d, 60)),
    VOL_120(Group.VOLATILITY, "vol_120", Tier.ALL, (s, d) -> s.volatility(d, 120)),
    VOL_250(Group.VOLATILITY, "vol_250", Tier.MEDIUM, (s, d) -> s.volatility(d, 250)),
    DOWNSIDE_60(
            Group.VOLATILITY, "downside_vol_60", Tier.ALL, (s, d) -> s.downsideVolatility(d, 60)),
    VOL_RATIO(
            Group.VOLATILITY,
            "vol_ratio_20_120",
            Tier.MEDIUM,
            (s, d) -> s.volatilityRatio(d, 20, 120)),

    SMA_20(Group.TREND, "close_sma_20", Tier.MEDIUM, (s, d) -> s.priceToAverage(d, 20)),
    SMA_50(Group.TREND, "close_sma_50", Tier.SMALL, (s, d) -> s.priceToAverage(d, 50)),
    SMA_200(Group.TREND, "close_sma_200", Tier.MEDIUM, (s, d) -> s.priceToAverage(d, 200)),
    SMA_20_50(Group.TREND, "sma_20_50", Tier.ALL, (s, d) -> s.averageCross(d, 20, 50)),
    SMA_50_200(Group.TREND, "sma_50_200", Tier.SMALL, (s, d) -> s.averageCross(d, 50, 200)),
    DRAWDOWN(Group.TREND, "drawdown_250", Tier.SMALL, (s, d) -> s.drawdownFromHigh(d, 250)),
    ABOVE_LOW(Group.TREND, "above_low_250", Tier.MEDIUM, (s, d) -> s.distanceFromLow(d, 250)),

    VOLUME_5_60(Group.VOLUME, "volume_ratio_5_60", Tier.SMALL, (s, d) -> s.volumeRatio(d, 5, 60)),
    VOLUME_20_120(
            Group.VOLUME, "volume_ratio_20_120", Tier.MEDIUM, (s, d) -> s.volumeRatio(d, 20, 120)),
    DOLLAR_VOLUME(Group.VOLUME, "dollar_volume_20", Tier.SMALL, (s, d) -> s.dollarVolume(d, 20)),
    ILLIQUIDITY(Group.VOLUME, "illiquidity_20", Tier.MEDIUM, (s, d) -> s.illiquidity(d, 20)),
    VOLUME_VARIATION(
            Group.VOLUME, "volume_variation_20", Tier.ALL, (s, d) -> s.volumeVariation(d, 20)),

    RANGE_1(Group.RANGE, "range_1", Tier.ALL, TickerSeries::range),
    RANGE_20(Group.RANGE, "range_20", Tier.SMALL, (s, d) -> s.meanRange(d, 20)),
    RANGE_RATIO(Group.RANGE, "range_ratio_5_60", Tier.MEDIUM, (s, d) -> s.rangeRatio(d, 5, 60)),
    CLOSE_LOCATION(Group.RANGE, "close_location_20", Tier.MEDIUM, (s, d) -> s.closeLocation(d, 20)),
    ABS_GAP(Group.RANGE, "abs_gap_20", Tier.ALL, (s, d) -> s.meanAbsGap(d, 20)),

    BETA(Group.RISK, "beta_60", Tier.SMALL, (s, d) -> s.marketRegression(d, 60)[0]),
    CORRELATION(Group.RISK, "corr_60", Tier.MEDIUM, (s, d) -> s.marketRegression(d, 60)[1]),
    IDIO_VOL(Group.RISK, "idio_vol_60", Tier.SMALL, (s, d) -> s.marketRegression(d, 60)[2]),
    SKEW(Group.RISK, "skew_60", Tier.MEDIUM, (s, d) -> s.skew(d, 60)),
    KURTOSIS(Group.RISK, "kurtosis_60", Tier.ALL, (s, d) -> s.kurtosis(d, 60)),
    UP_RATIO_20(Group.RISK, "up_ratio_20", Tier.ALL, (s, d) -> s.upRatio(d, 20)),
    UP_RATIO_60(Group.RISK, "up_ratio_60", Tier.MEDIUM, (s, d) -> s.upRatio(d, 60)),
    MAX_RET(Group.RISK, "max_ret_20", Tier.MEDIUM, (s, d) -> s.maxReturn(d, 20)),
    MIN_RET(Group.RISK, "min_ret_20", Tier.ALL, (s, d) -> s.minReturn(d, 20));

    /** Feature groups; each is also a feature set in {@code features.json}. */
    public enum Group {
        MOMENTUM,
        REVERSAL,
        VOLATILITY,
        TREND,
        VOLUME,
        RANGE,
        RISK;

        /** Returns the group's lower-case name, as used in column and set names. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The smallest of the nested sets small, medium and all that holds a feature. */
    enum Tier {
        SMALL,
        MEDIUM,
        ALL
    }

    /** A feature's value for one ticker at one era day; NaN when history is too short. */
    @FunctionalInterface
    interface Formula {
        double at(TickerSeries series, int day);
    }

    private final Group group;
    private final String shortName;
    private final Tier tier;
    private final Formula formula;

    PriceFeature(Group group, String shortName, Tier tier, Formula formula) {
        this.group = group;
        this.shortName = shortName;
        this.tier = tier;
        this.formula = formula;
    }

    /** Returns the column name, {@code feature_<group>_<name>}. */
    public String columnName() {
        return "feature_" + group.label() + "_" + shortName;
    }

    /** Returns the feature's group. */
    public Group group() {
        return group;
    }

    double at(TickerSeries series, int day) {
        return formula.at(series, day);
    }

    /** Returns all column names in declaration order. */
    public static List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (PriceFeature feature : values()) {
            names.add(feature.columnName());
        }
        return names;
    }

    /**
     * Returns the feature sets: {@code small}, {@code medium}, {@code all}, then one set per group
     * (also listed as the groups).
     */
    public static FeatureSets featureSets() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            sets.put(tier.name().toLowerCase(Locale.ROOT), namesUpTo(tier));
        }
        List<String> groups = new ArrayList<>();
        for (Group group : Group.values()) {
            groups.add(group.label());
            sets.put(group.label(), namesIn(group));
        }
        return new FeatureSets(sets, groups);
    }

    private static List<String> namesUpTo(Tier tier) {
        List<String> names = new ArrayList<>();
        for (PriceFeature feature : values()) {
            if (feature.tier.ordinal() <= tier.ordinal()) {
                names.add(feature.columnName());
            }
        }
        return names;
    }

    private static List<String> namesIn(Group group) {
        List<String> names = new ArrayList<>();
        for (PriceFeature feature : values()) {
            if (feature.group == group) {
                names.add(feature.columnName());
            }
        }
        return names;
    }
}
