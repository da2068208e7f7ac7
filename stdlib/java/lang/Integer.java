package java.lang;

/**
 * Static helpers and constants for int. There are no Integer objects:
 * boxing is not supported yet.
 */
public final class Integer {

    /** The largest int, 2^31 - 1. */
    public static final int MAX_VALUE = 0x7fffffff;
    /** The smallest int, -2^31. */
    public static final int MIN_VALUE = 0x80000000;
    /** The number of bits in an int. */
    public static final int SIZE = 32;

    private Integer() {
    }

    /** Parses a signed decimal int. */
    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    /**
     * Parses a signed int in {@code radix}: an optional '+' or '-' followed
     * by at least one digit, as {@link Character#digit(char, int)} reads it.
     *
     * @throws NumberFormatException if the string is null or malformed, the
     *         value does not fit, or the radix is outside 2 to 36
     */
    public static int parseInt(String s, int radix) throws NumberFormatException {
        long value = Long.parseSigned(s, radix, MIN_VALUE, MAX_VALUE);
        return (int) value;
    }

    /** Returns the signed decimal form. */
    public static String toString(int i) {
        return Long.toString(i, 10);
    }

    /** Returns the signed form in {@code radix}; radix 10 if it is outside 2 to 36. */
    public static String toString(int i, int radix) {
        return Long.toString(i, radix);
    }

    /** Returns the unsigned hexadecimal form, without leading zeros. */
    public static String toHexString(int i) {
        return Long.toUnsignedString(i & 0xffffffffL, 4);
    }

    /** Returns the unsigned octal form, without leading zeros. */
    public static String toOctalString(int i) {
        return Long.toUnsignedString(i & 0xffffffffL, 3);
    }

    /** Returns the unsigned binary form, without leading zeros. */
    public static String toBinaryString(int i) {
        return Long.toUnsignedString(i & 0xffffffffL, 1);
    }

    /** Returns the number of one bits. */
    public static int bitCount(int i) {
        return Long.bitCount(i & 0xffffffffL);
    }

    /** Returns -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Returns -1, 0 or 1 as {@code i} is negative, zero or positive. */
    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    /** Returns the int with the bits in reverse order. */
    public static int reverse(int i) {
        return (int) (Long.reverse(i) >>> 32);
    }

    /** Returns {@code i} with all but its highest one bit cleared (0 for 0). */
    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** Returns the number of zero bits above the highest one bit (32 for 0). */
    public static int numberOfLeadingZeros(int i) {
        return Long.numberOfLeadingZeros(i & 0xffffffffL) - 32;
    }

    /** Returns the number of zero bits below the lowest one bit (32 for 0). */
    public static int numberOfTrailingZeros(int i) {
        return i == 0 ? 32 : Long.numberOfTrailingZeros(i);
    }
}
