package java.lang;

/**
 * Thrown when an array is created with a negative size.
 */
public class NegativeArraySizeException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public NegativeArraySizeException() {
    }

    /** Constructs an instance with the given detail message. */
    public NegativeArraySizeException(String message) {
        super(message);
    }
}
