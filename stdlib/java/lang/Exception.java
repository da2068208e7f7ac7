package java.lang;

/**
 * The class of conditions a reasonable program might want to catch; every
 * subclass that is not a {@link RuntimeException} is a checked exception.
 */
public class Exception extends Throwable {

    /** Constructs an instance with no detail message. */
    public Exception() {
    }

    /** Constructs an instance with the given detail message. */
    public Exception(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public Exception(Throwable cause) {
        super(cause);
    }
}
