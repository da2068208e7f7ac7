package java.lang;

/**
 * Thrown by {@link Object#clone()} when the class does not implement
 * {@link Cloneable}; a checked exception.
 */
public class CloneNotSupportedException extends Exception {

    /** Constructs an instance with no detail message. */
    public CloneNotSupportedException() {
    }

    /** Constructs an instance with the given detail message. */
    public CloneNotSupportedException(String message) {
        super(message);
    }
}
