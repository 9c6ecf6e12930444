package dev.dynamos.common;

/**
 * Raised when user-supplied input (a file, a column, a row, an option) is not what dynamos expects.
 * The command line turns it into exit code 2 and prints only its message.
 *
 * <p>The message starts with a stable code (for example {@code missing_column}) and should name the
 * file, column or row involved, what was expected and what was seen.
 */
public class BadInputException extends RuntimeException {

    private final String code;

    /**
     * Creates an exception with a stable code and a message for the user.
     *
     * @param code stable machine-readable code such as {@code missing_file}
     * @param message what was wrong, what was expected and the value seen
     */
    public BadInputException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    /**
     * Creates an exception that wraps the low-level cause.
     *
     * @param code stable machine-readable code
     * @param message what was wrong, what was expected and the value seen
     * @param cause the underlying error
     */
    public BadInputException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    /** Returns the stable code the message starts with. */
    public String code() {
        return code;
    }
}
