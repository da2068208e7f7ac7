package java.lang;

/**
 * Thrown when a class cannot be used as it was when other classes were compiled against it.
 */
public class LinkageError extends Error {

    /** Constructs an instance with no detail message. */
    public LinkageError() {
    }

    /** Constructs an instance with the given detail message. */
    public LinkageError(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
