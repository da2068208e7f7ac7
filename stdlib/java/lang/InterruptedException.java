package java.lang;

/**
 * Checked, as in Java. Plurix has no threads, so nothing throws it; it exists so
 * that Java programs declaring or catching it compile.
 */
public class InterruptedException extends Exception {

    /** Constructs an instance with no detail message. */
    public InterruptedException() {
    }

    /** Constructs an instance with the given detail message. */
    public InterruptedException(String message) {
        super(message);
    }
}
