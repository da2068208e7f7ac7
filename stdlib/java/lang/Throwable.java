package java.lang;

/**
 * The superclass of every error and exception: only instances of Throwable
 * can be thrown and caught. A throwable carries a detail message and an
 * optional cause.
 */
public class Throwable {

    private final String detailMessage;
    private final Throwable cause;

    /** Constructs a throwable with no message and no cause. */
    public Throwable() {
        this.detailMessage = null;
        this.cause = null;
    }

    /** Constructs a throwable with the given message and no cause. */
    public Throwable(String message) {
        this.detailMessage = message;
        this.cause = null;
    }

    /** Constructs a throwable with the given message and cause. */
    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
    }

    /**
     * Constructs a throwable with the given cause, whose message is
     * {@code cause.toString()} (or null when the cause is null).
     */
    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    /** Returns the detail message, possibly null. */
    public String getMessage() {
        return detailMessage;
    }

    /** Returns the cause, or null if it is unknown or nonexistent. */
    public Throwable getCause() {
        return cause;
    }

    /**
     * Returns the class name, followed by ": " and the message when the
     * message is not null.
     */
    public String toString() {
        String message = getMessage();
        String name = getClass().getName();
        return message == null ? name : name + ": " + message;
    }

    /**
     * Prints this throwable and its chain of causes to the standard error
     * stream, one per line, each cause introduced by "Caused by: ". Stack
     * frames are not printed yet.
     */
    public void printStackTrace() {
        System.err.println(this);
        Throwable next = getCause();
        int depth = 0;
        // A cause chain can be cyclic through subclasses' overrides; stop it.
        while (next != null && next != this && depth < 1024) {
            System.err.println("Caused by: " + next);
            next = next.getCause();
            depth++;
        }
    }
}
