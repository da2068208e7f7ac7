package java.lang;

/**
 * Thrown by String and StringBuilder for an index or range outside the string.
 */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {

    /** Constructs an instance with no detail message. */
    public StringIndexOutOfBoundsException() {
    }

    /** Constructs an instance with the given detail message. */
    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Constructs an instance whose message names the illegal index. */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
