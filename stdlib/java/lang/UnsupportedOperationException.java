package java.lang;

/**
 * Thrown when a requested operation is not supported.
 */
public class UnsupportedOperationException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public UnsupportedOperationException() {
    }

    /** Constructs an instance with the given detail message. */
    public UnsupportedOperationException(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
