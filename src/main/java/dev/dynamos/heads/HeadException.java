package dev.dynamos.heads;

/**
 * Raised when a native booster library (XGBoost, LightGBM) fails; carries the operation that was
 * running and the library's own message.
 */
public final class HeadException extends RuntimeException {

    private final String operation;

    /**
     * Creates an exception for a failed native operation.
     *
     * @param operation what the head was doing, such as {@code xgboost fit}
     * @param cause the library's exception, whose message is kept
     */
    public HeadException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
        this.operation = operation;
    }

    /**
     * Creates an exception for a failure detected by the head itself.
     *
     * @param operation what the head was doing
     * @param message what went wrong
     */
    public HeadException(String operation, String message) {
        super(operation + " failed: " + message);
        this.operation = operation;
    }

    /** Returns the operation that failed, such as {@code lightgbm save}. */
    public String operation() {
        return operation;
    }
}
