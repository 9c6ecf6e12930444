package dev.dynamos.heads;

import java.util.Locale;

/** The booster libraries a head can run on, with the file name each saves its model under. */
public enum HeadKind {
    XGBOOST("model.json"),
    LIGHTGBM("model.txt");

    private final String modelFileName;

    HeadKind(String modelFileName) {
        this.modelFileName = modelFileName;
    }

    /** Returns the lower-case name used in configs ({@code xgboost}, {@code lightgbm}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the model file name in a run folder, whose extension {@link Heads#load} reads. */
    public String modelFileName() {
        return modelFileName;
    }

    /**
     * Parses a config value.
     *
     * @param value {@code xgboost} or {@code lightgbm}
     * @return the kind
     * @throws IllegalArgumentException for any other value
     */
    public static HeadKind parse(String value) {
        for (HeadKind kind : values()) {
            if (kind.label().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "head must be one of xgboost, lightgbm, got '" + value + "'");
    }
}
