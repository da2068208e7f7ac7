package java.lang;

/**
 * Static helpers for boolean. There are no Boolean objects, so neither
 * TRUE nor FALSE: boxing is not supported yet.
 */
public final class Boolean {

    private Boolean() {
    }

    /** Returns true if {@code s} is "true" in any case; false otherwise, null included. */
    public static boolean parseBoolean(String s) {
        return "true".equalsIgnoreCase(s);
    }

    /** Returns "true" or "false". */
    public static String toString(boolean b) {
        return b ? "true" : "false";
    }
}
