package java.lang;

/**
 * Thrown to indicate that an assertion has failed. (The {@code assert}
 * statement is not supported yet; programs throw this explicitly.)
 */
public class AssertionError extends Error {

    /** Constructs an instance with no detail message. */
    public AssertionError() {
    }

    /**
     * Constructs an instance whose message is {@code String.valueOf(detail)};
     * a Throwable detail also becomes the cause.
     */
    public AssertionError(Object detail) {
        super(String.valueOf(detail), detail instanceof Throwable ? (Throwable) detail : null);
    }

    /** Constructs an instance whose message is the boolean's string form. */
    public AssertionError(boolean detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance whose message is the character. */
    public AssertionError(char detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance whose message is the int's decimal form. */
    public AssertionError(int detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance whose message is the long's decimal form. */
    public AssertionError(long detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance whose message is the float's string form. */
    public AssertionError(float detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance whose message is the double's string form. */
    public AssertionError(double detail) {
        this(String.valueOf(detail));
    }

    /** Constructs an instance with the given detail message and cause. */
    public AssertionError(String message, Throwable cause) {
        super(message, cause);
    }
}
