package java.lang;

/**
 * Thrown when a cast names a class the object is not an instance of.
 */
public class ClassCastException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public ClassCastException() {
    }

    /** Constructs an instance with the given detail message. */
    public ClassCastException(String message) {
        super(message);
    }
}
