package java.lang;

/**
 * Thrown when a class no longer fits what a caller was compiled against, such as a class that does not implement an interface whose method is called.
 */
public class IncompatibleClassChangeError extends LinkageError {

    /** Constructs an instance with no detail message. */
    public IncompatibleClassChangeError() {
    }

    /** Constructs an instance with the given detail message. */
    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
