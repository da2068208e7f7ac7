package java.lang;

import java.io.PrintStream;

/**
 * The standard output and error streams, time, array copying and exit.
 * There is no standard input, no properties and no environment.
 */
public final class System {

    /** The standard output stream: the station's console. */
    public static final PrintStream out;
    /** The standard error stream: the station's console. */
    public static final PrintStream err;

    static {
        out = standardStream(1);
        err = standardStream(2);
    }

    private System() {
    }

    /** The runtime's stream for a descriptor: 1 is output, 2 is error. */
    private static native PrintStream standardStream(int descriptor);

    /** Returns the milliseconds since 1970-01-01T00:00Z by the station's clock. */
    public static native long currentTimeMillis();

    /**
     * Returns nanoseconds from an arbitrary origin, for measuring elapsed
     * time on one station; values from different stations do not compare.
     */
    public static native long nanoTime();

    /**
     * Copies {@code length} elements of array {@code src} from
     * {@code srcPos} to array {@code dest} from {@code destPos}, correctly
     * when the ranges overlap.
     *
     * @throws NullPointerException if either array is null
     * @throws ArrayStoreException if an argument is not an array, the
     *         element types differ, or a reference does not fit {@code dest}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    /**
     * Ends the program with {@code status}: the transaction that calls it
     * commits, the station stops running the program's transactions, and
     * {@code plurix run} exits with the status.
     */
    public static native void exit(int status);
}
