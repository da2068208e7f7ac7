package java.lang;

/**
 * The superclass of the unchecked exceptions: they need not be declared in a
 * throws clause.
 */
public class RuntimeException extends Exception {

    /** Constructs an instance with no detail message. */
    public RuntimeException() {
    }

    /** Constructs an instance with the given detail message. */
    public RuntimeException(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public RuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public RuntimeException(Throwable cause) {
        super(cause);
    }
}
