package java.lang;

/**
 * Static helpers and constants for byte. There are no Byte objects: boxing is
 * not supported yet.
 */
public final class Byte {

    /** The largest byte, 127. */
    public static final byte MAX_VALUE = 127;
    /** The smallest byte, -128. */
    public static final byte MIN_VALUE = -128;
    /** The number of bits in a byte. */
    public static final int SIZE = 8;

    private Byte() {
    }

    /** Parses a signed decimal byte. */
    public static byte parseByte(String s) throws NumberFormatException {
        return parseByte(s, 10);
    }

    /**
     * Parses a signed byte in {@code radix}, by the rules of
     * {@link Integer#parseInt(String, int)}.
     *
     * @throws NumberFormatException if the string is malformed or the value
     *         does not fit a byte
     */
    public static byte parseByte(String s, int radix) throws NumberFormatException {
        int value = Integer.parseInt(s, radix);
        if (value < MIN_VALUE || value > MAX_VALUE) {
            throw new NumberFormatException(
                "Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) value;
    }

    /** Returns the signed decimal form. */
    public static String toString(byte value) {
        return Integer.toString(value);
    }

    /** Returns the difference {@code x - y}: negative, zero or positive as in Java. */
    public static int compare(byte x, byte y) {
        return x - y;
    }
}
