package java.lang;

/**
 * Thrown when an array is indexed outside 0 to length - 1.
 */
public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {

    /** Constructs an instance with no detail message. */
    public ArrayIndexOutOfBoundsException() {
    }

    /** Constructs an instance with the given detail message. */
    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Constructs an instance whose message names the illegal index. */
    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
