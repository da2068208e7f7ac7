package java.lang;

/**
 * Thrown when a method is invoked at a time it is not legal to invoke it.
 */
public class IllegalStateException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public IllegalStateException() {
    }

    /** Constructs an instance with the given detail message. */
    public IllegalStateException(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
