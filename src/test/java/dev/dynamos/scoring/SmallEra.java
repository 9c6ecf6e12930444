package dev.dynamos.scoring;

/**
 * A twelve-row era with tied predictions and a feature that is twice another (so one singular value
 * of the neutralizers is zero), and the scores NumPy 2.4 and SciPy 1.17 give when they follow
 * numerai-tools' steps ({@code rankdata(method="average")}, {@code norm.ppf}, {@code np.corrcoef},
 * {@code np.linalg.lstsq(rcond=1e-6)}).
 */
final class SmallEra {

    static final double[] PREDICTIONS = {
        0.3, 0.1, 0.1, 0.9, 0.5, 0.5, 0.5, 0.2, 0.8, 0.7, 0.4, 0.6
    };
    static final double[] TARGETS = {
        0.5, 0.25, 0.0, 1.0, 0.5, 0.75, 0.5, 0.25, 0.75, 0.5, 0.5, 1.0
    };
    static final double[] META_MODEL = {0.2, 0.3, 0.1, 0.8, 0.6, 0.4, 0.5, 0.1, 0.9, 0.6, 0.3, 0.7};
    static final double[] FEATURE_0 = {0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 2, 2};
    static final double[] FEATURE_1 = {4, 4, 3, 1, 0, 2, 2, 1, 0, 3, 2, 1};
    static final double[] FEATURE_2 = {0, 2, 4, 6, 8, 0, 2, 4, 6, 8, 4, 4};
    static final double[][] FEATURES = {FEATURE_0, FEATURE_1, FEATURE_2};

    static final double CORR = 0.8302240961594871;

    /** CORR with row 4's prediction NaN: the target is still centred on all twelve rows. */
    static final double CORR_WITHOUT_ROW_4 = 0.8269902176285092;

    static final double CORR_WITHOUT_TARGET_POWER = 0.8420396452562846;
    static final double CORR_TOP_BOTTOM_3 = 0.9396790209824505;
    static final double MMC = 0.15195971612804055;
    static final double FNC = 0.6767944027758545;
    static final double[] EXPOSURES = {0.4916717110314274, -0.5651242302013025, 0.4916717110314274};
    static final double[] NEUTRAL_GAUSSIAN_PREDICTIONS = {
        0.43580358090609106, -0.5719360585678259, -1.0557946459076846, 1.2644144977068583,
        -0.8464750301411704, 0.46777773468130057, 0.2945099396099237, -1.106199904843923,
        0.37250868969213924, 0.7928816925501126, -0.3020306750399035, 0.25454017935408796
    };

    private SmallEra() {}
}
