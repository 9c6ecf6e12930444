package dev.dynamos.data.prices;

import dev.dynamos.common.BadInputException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Splits eras by date into train, embargo, validation, test and live.
 *
 * <p>Eras whose main target is resolved (enough future days) form a prefix. Among them, eras dated
 * on or after the validation start are validation; the {@code embargo} eras just before the first
 * validation era are left out; the earlier ones are train. Of the unresolved eras the last is live
 * (Numerai has one live era) and the others are test: features, no targets.
 */
public final class EraSplit {

    /** Share of resolved eras that go to validation when no start date is given. */
    public static final double DEFAULT_VALIDATION_SHARE = 0.25;

    private EraSplit() {}

    /**
     * Assigns a role to every era.
     *
     * @param eraDates era dates, increasing
     * @param resolvedEras how many leading eras have resolved main targets (fewer than all)
     * @param validationFrom first validation date, or empty for the last quarter of resolved eras
     * @param embargo eras to leave out between train and validation, at least 0
     * @return one role per era
     * @throws BadInputException when the split leaves no train or no validation era
     */
    public static EraRole[] assign(
            LocalDate[] eraDates,
            int resolvedEras,
            Optional<LocalDate> validationFrom,
            int embargo) {
        int firstValidation = firstValidation(eraDates, resolvedEras, validationFrom);
        if (firstValidation - embargo < 1) {
            throw new BadInputException(
                    "bad_split",
                    "validation from "
                            + eraDates[firstValidation]
                            + " with an embargo of "
                            + embargo
                            + " eras leaves no train era; choose a later --validation-from");
        }
        EraRole[] roles = new EraRole[eraDates.length];
        for (int e = 0; e < roles.length; e++) {
            roles[e] = roleOf(e, firstValidation, embargo, resolvedEras, roles.length);
        }
        return roles;
    }

    private static EraRole roleOf(int e, int firstValidation, int embargo, int resolved, int n) {
        if (e == n - 1) {
            return EraRole.LIVE;
        }
        if (e >= resolved) {
            return EraRole.TEST;
        }
        if (e >= firstValidation) {
            return EraRole.VALIDATION;
        }
        return e >= firstValidation - embargo ? EraRole.EMBARGO : EraRole.TRAIN;
    }

    private static int firstValidation(
            LocalDate[] eraDates, int resolvedEras, Optional<LocalDate> validationFrom) {
        if (resolvedEras < 2) {
            throw new BadInputException(
                    "bad_split",
                    "only "
                            + resolvedEras
                            + " eras have resolved targets; need at least 2 for train and"
                            + " validation (give a longer price history or a shorter --horizon)");
        }
        if (validationFrom.isEmpty()) {
            return (int) Math.floor(resolvedEras * (1 - DEFAULT_VALIDATION_SHARE));
        }
        for (int e = 0; e < resolvedEras; e++) {
            if (!eraDates[e].isBefore(validationFrom.get())) {
                return e;
            }
        }
        throw new BadInputException(
                "bad_split",
                "--validation-from "
                        + validationFrom.get()
                        + " is after the last era with resolved targets ("
                        + eraDates[resolvedEras - 1]
                        + "); choose an earlier date");
    }
}
