package java.lang;

/**
 * Thrown when a class cannot be used, for example because its static initialisation failed before.
 */
public class NoClassDefFoundError extends LinkageError {

    /** Constructs an instance with no detail message. */
    public NoClassDefFoundError() {
    }

    /** Constructs an instance with the given detail message. */
    public NoClassDefFoundError(String message) {
        super(message);
    }
}
