package java.lang;

/**
 * Thrown by an exceptional arithmetic condition: integer division by zero.
 */
public class ArithmeticException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public ArithmeticException() {
    }

    /** Constructs an instance with the given detail message. */
    public ArithmeticException(String message) {
        super(message);
    }
}
