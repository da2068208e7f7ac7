package java.lang;

/**
 * The superclass of every error and exception: only instances of Throwable
 * can be thrown and caught. A throwable carries a detail message, an
 * optional cause, and the stack trace of the place that created it.
 */
public class Throwable {

    private final String detailMessage;
    private Throwable cause;
    /** True once the cause is set, by a constructor or initCause (even to null). */
    private boolean causeKnown;
    /**
     * The return addresses of the compiled frames that were on the stack
     * when the stack trace was filled in (a long[]), innermost first.
     */
    private Object backtrace;

    /** Constructs a throwable with no message and no cause. */
    public Throwable() {
        this.detailMessage = null;
        this.cause = null;
        fillInStackTrace();
    }

    /** Constructs a throwable with the given message and no cause. */
    public Throwable(String message) {
        this.detailMessage = message;
        this.cause = null;
        fillInStackTrace();
    }

    /** Constructs a throwable with the given message and cause. */
    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
        this.causeKnown = true;
        fillInStackTrace();
    }

    /**
     * Constructs a throwable with the given cause, whose message is
     * {@code cause.toString()} (or null when the cause is null).
     */
    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        this.causeKnown = true;
        fillInStackTrace();
    }

    /** Returns the detail message, possibly null. */
    public String getMessage() {
        return detailMessage;
    }

    /**
     * Returns the message for display; subclasses may localize it. This
     * implementation returns {@link #getMessage()}.
     */
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** Returns the cause, or null if it is unknown or nonexistent. */
    public Throwable getCause() {
        return cause;
    }

    /**
     * Sets the cause once, for a throwable constructed without one.
     *
     * @return this throwable
     * @throws IllegalStateException if the cause was already set
     * @throws IllegalArgumentException if {@code cause} is this throwable
     */
    public Throwable initCause(Throwable cause) {
        if (causeKnown) {
            throw new IllegalStateException(
                "Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        this.causeKnown = true;
        return this;
    }

    /**
     * Records the current stack as this throwable's stack trace, starting
     * at the frame that created it (or that called this method).
     *
     * @return this throwable
     */
    public Throwable fillInStackTrace() {
        backtrace = captureBacktrace();
        return this;
    }

    /**
     * Returns the class name, followed by ": " and the localized message
     * when it is not null.
     */
    public String toString() {
        String message = getLocalizedMessage();
        String name = getClass().getName();
        return message == null ? name : name + ": " + message;
    }

    /**
     * Prints this throwable, its stack trace and its chain of causes to the
     * standard error stream as java does: one "\tat Class.method(File:line)"
     * line per frame, each cause introduced by "Caused by: ", and the frames
     * a cause shares with the trace before it shortened to "\t... n more".
     */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** Prints as {@link #printStackTrace()} does, to the given stream. */
    public void printStackTrace(java.io.PrintStream err) {
        err.println(this);
        String[] trace = frames();
        for (int i = 0; i < trace.length; i++) {
            err.println("\tat " + trace[i]);
        }
        String[] enclosing = trace;
        Throwable next = getCause();
        int depth = 0;
        // A cause chain can be cyclic through subclasses' overrides; stop it.
        while (next != null && next != this && depth < 1024) {
            String[] nextTrace = next.frames();
            int last = nextTrace.length - 1;
            int enclosingLast = enclosing.length - 1;
            while (last >= 0 && enclosingLast >= 0 && nextTrace[last].equals(enclosing[enclosingLast])) {
                last--;
                enclosingLast--;
            }
            err.println("Caused by: " + next);
            for (int i = 0; i <= last; i++) {
                err.println("\tat " + nextTrace[i]);
            }
            int inCommon = nextTrace.length - 1 - last;
            if (inCommon != 0) {
                err.println("\t... " + inCommon + " more");
            }
            enclosing = nextTrace;
            next = next.getCause();
            depth++;
        }
    }

    /**
     * Returns the stack trace, innermost frame first: the frames recorded
     * when the throwable was created (or fillInStackTrace last ran).
     */
    public StackTraceElement[] getStackTrace() {
        String[] trace = frames();
        StackTraceElement[] elements = new StackTraceElement[trace.length];
        for (int i = 0; i < trace.length; i++) {
            elements[i] = StackTraceElement.parse(trace[i]);
        }
        return elements;
    }

    /**
     * What the launcher prints for a throwable that escapes main, as java's
     * default uncaught-exception handler does: the thread's name, then the
     * trace through {@link #printStackTrace(java.io.PrintStream)}, so that a
     * subclass's override of it (or of toString or getMessage) applies.
     */
    private void printUncaught() {
        printUncaughtIn("thread \"main\"");
    }

    /**
     * The same for a throwable that escaped somewhere else (a transaction's
     * step): "Exception in " + where, then the trace.
     */
    private void printUncaughtIn(String where) {
        System.err.print("Exception in " + where + " ");
        printStackTrace(System.err);
    }

    /** The stack trace as text, one "Class.method(File:line)" per frame. */
    private String[] frames() {
        if (!(backtrace instanceof long[])) {
            return new String[0];
        }
        long[] addresses = (long[]) backtrace;
        String[] lines = new String[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            lines[i] = frameDescription(addresses[i]);
        }
        return lines;
    }

    /** The return addresses of the compiled frames on the stack, innermost first. */
    private native long[] captureBacktrace();

    /** "Class.method(File:line)" for the frame of a return address. */
    private static native String frameDescription(long address);
}
