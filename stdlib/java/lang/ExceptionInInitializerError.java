package java.lang;

/**
 * Thrown when a static initializer or the initializer of a static field
 * throws an exception that is not an Error: it carries that exception as
 * its cause.
 */
public class ExceptionInInitializerError extends LinkageError {

    /** Constructs an instance with no message and no saved exception. */
    public ExceptionInInitializerError() {
    }

    /** Constructs an instance with the given message and no saved exception. */
    public ExceptionInInitializerError(String message) {
        super(message);
    }

    /** Constructs an instance that saves the exception the initializer threw. */
    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    /** Returns the exception the initializer threw, or null. */
    public Throwable getException() {
        return getCause();
    }
}
