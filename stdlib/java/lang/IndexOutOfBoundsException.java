package java.lang;

/**
 * Thrown when an index of some sort is out of range.
 */
public class IndexOutOfBoundsException extends RuntimeException {

    /** Constructs an instance with no detail message. */
    public IndexOutOfBoundsException() {
    }

    /** Constructs an instance with the given detail message. */
    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Constructs an instance whose message names the illegal index. */
    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }
}
