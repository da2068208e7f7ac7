package java.lang;

/**
 * A serious problem a reasonable program should not try to catch; unchecked.
 */
public class Error extends Throwable {

    /** Constructs an instance with no detail message. */
    public Error() {
    }

    /** Constructs an instance with the given detail message. */
    public Error(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public Error(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public Error(Throwable cause) {
        super(cause);
    }
}
