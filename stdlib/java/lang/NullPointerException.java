package java.lang;

/**
 * Thrown when null is used where an object is required.
 */
public class NullPointerException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public NullPointerException() {
    }

    /** Constructs an instance with the given detail message. */
    public NullPointerException(String message) {
        super(message);
    }
}
