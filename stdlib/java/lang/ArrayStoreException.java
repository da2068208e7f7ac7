package java.lang;

/**
 * Thrown when an object of the wrong type is stored into an array of references.
 */
public class ArrayStoreException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public ArrayStoreException() {
    }

    /** Constructs an instance with the given detail message. */
    public ArrayStoreException(String message) {
        super(message);
    }
}
