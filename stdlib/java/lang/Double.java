package java.lang;

/**
 * Static helpers and constants for double (IEEE 754 binary64). There are no
 * Double objects: boxing is not supported yet. Formatting and parsing are
 * native so that they match Java digit for digit.
 */
public final class Double {

    /** The largest finite double, (2 - 2^-52) * 2^1023. */
    public static final double MAX_VALUE = 1.7976931348623157E308;
    /** The smallest positive (subnormal) double, 2^-1074. */
    public static final double MIN_VALUE = 4.9E-324;
    /** Positive infinity. */
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    /** Negative infinity. */
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    /** Not-a-Number. */
    public static final double NaN = 0.0d / 0.0;
    /** The number of bits in a double. */
    public static final int SIZE = 64;

    private Double() {
    }

    /**
     * Parses a double as Java does: optional whitespace and sign, decimal or
     * hexadecimal digits with an exponent, "NaN", "Infinity", and an optional
     * f/F/d/D suffix; rounds to nearest.
     *
     * @throws NumberFormatException if the string is malformed
     * @throws NullPointerException if the string is null
     */
    public static native double parseDouble(String s) throws NumberFormatException;

    /**
     * Returns Java's form: "NaN", "Infinity", "-0.0", plain digits for
     * 10^-3 <= |d| < 10^7 and computerized scientific notation otherwise,
     * with the fewest digits that read back as {@code d}.
     */
    public static native String toString(double d);

    /** Returns true if {@code v} is Not-a-Number. */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /** Returns true if {@code v} is positive or negative infinity. */
    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /**
     * Compares as Java does: -0.0 is less than 0.0, and NaN is equal to
     * itself and greater than every other value.
     */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        return Long.compare(doubleToLongBits(d1), doubleToLongBits(d2));
    }

    /** Returns the IEEE 754 bits, every NaN collapsed to 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        return value != value ? 0x7ff8000000000000L : doubleToRawLongBits(value);
    }

    /** Returns the IEEE 754 bits, NaN payloads kept. */
    public static native long doubleToRawLongBits(double value);

    /** Returns the double with the given IEEE 754 bits. */
    public static native double longBitsToDouble(long bits);
}
