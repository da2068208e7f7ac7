package java.lang;

/**
 * Static helpers and constants for float (IEEE 754 binary32). There are no
 * Float objects: boxing is not supported yet. Formatting and parsing are
 * native so that they match Java digit for digit.
 */
public final class Float {

    /** The largest finite float, (2 - 2^-23) * 2^127. */
    public static final float MAX_VALUE = 3.4028235E38f;
    /** The smallest positive (subnormal) float, 2^-149. */
    public static final float MIN_VALUE = 1.4E-45f;
    /** Positive infinity. */
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    /** Negative infinity. */
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    /** Not-a-Number. */
    public static final float NaN = 0.0f / 0.0f;
    /** The number of bits in a float. */
    public static final int SIZE = 32;

    private Float() {
    }

    /**
     * Parses a float by the rules of {@link Double#parseDouble(String)},
     * rounding once, directly to float.
     *
     * @throws NumberFormatException if the string is malformed
     * @throws NullPointerException if the string is null
     */
    public static native float parseFloat(String s) throws NumberFormatException;

    /**
     * Returns Java's form, as {@link Double#toString(double)} but with the
     * fewest digits that read back as the float {@code f}.
     */
    public static native String toString(float f);

    /** Returns true if {@code v} is Not-a-Number. */
    public static boolean isNaN(float v) {
        return v != v;
    }

    /** Returns true if {@code v} is positive or negative infinity. */
    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /**
     * Compares as Java does: -0.0f is less than 0.0f, and NaN is equal to
     * itself and greater than every other value.
     */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        return Integer.compare(floatToIntBits(f1), floatToIntBits(f2));
    }

    /** Returns the IEEE 754 bits, every NaN collapsed to 0x7fc00000. */
    public static int floatToIntBits(float value) {
        return value != value ? 0x7fc00000 : floatToRawIntBits(value);
    }

    /** Returns the IEEE 754 bits, NaN payloads kept. */
    public static native int floatToRawIntBits(float value);

    /** Returns the float with the given IEEE 754 bits. */
    public static native float intBitsToFloat(int bits);
}
