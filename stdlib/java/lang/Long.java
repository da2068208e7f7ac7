package java.lang;

/**
 * Static helpers and constants for long. There are no Long objects: boxing
 * is not supported yet. Integer, Short and Byte share its parsing and
 * formatting.
 */
public final class Long {

    /** The largest long, 2^63 - 1. */
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    /** The smallest long, -2^63. */
    public static final long MIN_VALUE = 0x8000000000000000L;
    /** The number of bits in a long. */
    public static final int SIZE = 64;

    private Long() {
    }

    /** Parses a signed decimal long. */
    public static long parseLong(String s) throws NumberFormatException {
        return parseSigned(s, 10, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses a signed long in {@code radix}, by the rules of
     * {@link Integer#parseInt(String, int)}.
     */
    public static long parseLong(String s, int radix) throws NumberFormatException {
        return parseSigned(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses an optionally signed number in {@code radix} that must lie in
     * [min, max], where min is negative and -(max+1) == min. Accumulates
     * negatively, because the magnitude of min does not fit a positive value.
     */
    static long parseSigned(String s, int radix, long min, long max) {
        if (s == null || radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw NumberFormatException.forBadArguments(s, radix);
        }
        int length = s.length();
        int i = 0;
        long limit = -max;
        boolean negative = false;
        if (length > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            limit = negative ? min : limit;
            i = 1;
        }
        if (i == length) {
            throw NumberFormatException.forInputString(s, radix);
        }
        long lastBeforeMultiply = limit / radix;
        long result = 0;
        for (; i < length; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < lastBeforeMultiply) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** Returns the signed decimal form. */
    public static String toString(long i) {
        return toString(i, 10);
    }

    /** Returns the signed form in {@code radix}; radix 10 if it is outside 2 to 36. */
    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        char[] buffer = new char[65];
        int at = buffer.length;
        // Work on the negative value: -MIN_VALUE does not fit a long.
        long rest = i < 0 ? i : -i;
        do {
            buffer[--at] = Character.forDigit((int) -(rest % radix), radix);
            rest /= radix;
        } while (rest != 0);
        if (i < 0) {
            buffer[--at] = '-';
        }
        return new String(buffer, at, buffer.length - at);
    }

    /** Returns the unsigned hexadecimal form, without leading zeros. */
    public static String toHexString(long i) {
        return toUnsignedString(i, 4);
    }

    /** Returns the unsigned octal form, without leading zeros. */
    public static String toOctalString(long i) {
        return toUnsignedString(i, 3);
    }

    /** Returns the unsigned binary form, without leading zeros. */
    public static String toBinaryString(long i) {
        return toUnsignedString(i, 1);
    }

    /** The unsigned form in radix 2^shift. */
    static String toUnsignedString(long i, int shift) {
        char[] buffer = new char[64];
        int at = buffer.length;
        long mask = (1L << shift) - 1;
        do {
            buffer[--at] = Character.forDigit((int) (i & mask), 1 << shift);
            i >>>= shift;
        } while (i != 0);
        return new String(buffer, at, buffer.length - at);
    }

    /** Returns the number of one bits. */
    public static int bitCount(long i) {
        i = i - ((i >>> 1) & 0x5555555555555555L);
        i = (i & 0x3333333333333333L) + ((i >>> 2) & 0x3333333333333333L);
        i = (i + (i >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
        return (int) ((i * 0x0101010101010101L) >>> 56);
    }

    /** Returns -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Returns -1, 0 or 1 as {@code i} is negative, zero or positive. */
    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    /** Returns the long with the bits in reverse order. */
    public static long reverse(long i) {
        i = ((i & 0x5555555555555555L) << 1) | ((i >>> 1) & 0x5555555555555555L);
        i = ((i & 0x3333333333333333L) << 2) | ((i >>> 2) & 0x3333333333333333L);
        i = ((i & 0x0f0f0f0f0f0f0f0fL) << 4) | ((i >>> 4) & 0x0f0f0f0f0f0f0f0fL);
        i = ((i & 0x00ff00ff00ff00ffL) << 8) | ((i >>> 8) & 0x00ff00ff00ff00ffL);
        i = ((i & 0x0000ffff0000ffffL) << 16) | ((i >>> 16) & 0x0000ffff0000ffffL);
        return (i << 32) | (i >>> 32);
    }

    /** Returns {@code i} with all but its highest one bit cleared (0 for 0). */
    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** Returns the number of zero bits above the highest one bit (64 for 0). */
    public static int numberOfLeadingZeros(long i) {
        if (i == 0) {
            return 64;
        }
        int zeros = 0;
        for (int half = 32; half > 0; half >>= 1) {
            if ((i >>> (64 - half)) == 0) {
                zeros += half;
                i <<= half;
            }
        }
        return zeros;
    }

    /** Returns the number of zero bits below the lowest one bit (64 for 0). */
    public static int numberOfTrailingZeros(long i) {
        return 64 - numberOfLeadingZeros(~i & (i - 1));
    }
}
