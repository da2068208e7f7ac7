package java.lang;

/**
 * Thrown when a method without code is called.
 */
public class AbstractMethodError extends IncompatibleClassChangeError {

    /** Constructs an instance with no detail message. */
    public AbstractMethodError() {
    }

    /** Constructs an instance with the given detail message. */
    public AbstractMethodError(String message) {
        super(message);
    }
}
