package java.lang;

/**
 * Thrown when a method is passed an illegal or inappropriate argument.
 */
public class IllegalArgumentException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public IllegalArgumentException() {
    }

    /** Constructs an instance with the given detail message. */
    public IllegalArgumentException(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public IllegalArgumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public IllegalArgumentException(Throwable cause) {
        super(cause);
    }
}
