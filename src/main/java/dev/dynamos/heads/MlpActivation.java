package dev.dynamos.heads;

import dev.dynamos.common.BadInputException;
import java.util.Locale;

/** The nonlinearity between the hidden layers of an {@link MlpHead}. */
public enum MlpActivation {
    /** Rectified linear unit, max(0, x). */
    RELU,
    /** Hyperbolic tangent. */
    TANH,
    /** Gaussian error linear unit (ND4J's tanh approximation). */
    GELU;

    /** Returns the lower-case name used in configuration files: relu, tanh or gelu. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower- or upper-case activation name.
     *
     * @param value relu, tanh or gelu
     * @return the activation
     * @throws BadInputException when the name is none of these
     */
    public static MlpActivation parse(String value) {
        for (MlpActivation activation : values()) {
            if (activation.label().equalsIgnoreCase(value.trim())) {
                return activation;
            }
        }
        throw new BadInputException(
                "unknown_activation", "activation '" + value + "' is not one of relu, tanh, gelu");
    }
}
