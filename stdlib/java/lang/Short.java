package java.lang;

/**
 * Static helpers and constants for short. There are no Short objects: boxing is
 * not supported yet.
 */
public final class Short {

    /** The largest short, 32767. */
    public static final short MAX_VALUE = 32767;
    /** The smallest short, -32768. */
    public static final short MIN_VALUE = -32768;
    /** The number of bits in a short. */
    public static final int SIZE = 16;

    private Short() {
    }

    /** Parses a signed decimal short. */
    public static short parseShort(String s) throws NumberFormatException {
        return parseShort(s, 10);
    }

    /**
     * Parses a signed short in {@code radix}, by the rules of
     * {@link Integer#parseInt(String, int)}.
     *
     * @throws NumberFormatException if the string is malformed or the value
     *         does not fit a short
     */
    public static short parseShort(String s, int radix) throws NumberFormatException {
        int value = Integer.parseInt(s, radix);
        if (value < MIN_VALUE || value > MAX_VALUE) {
            throw new NumberFormatException(
                "Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) value;
    }

    /** Returns the signed decimal form. */
    public static String toString(short value) {
        return Integer.toString(value);
    }

    /** Returns the difference {@code x - y}: negative, zero or positive as in Java. */
    public static int compare(short x, short y) {
        return x - y;
    }
}
