package java.lang;

/**
 * Basic numeric functions. The transcendental functions are native, within
 * Java's accuracy rule (one ulp, semi-monotonic); sqrt, floor, ceil and rint
 * are exact.
 */
public final class Math {

    /** The double closest to pi. */
    public static final double PI = 3.141592653589793;
    /** The double closest to e, the base of the natural logarithms. */
    public static final double E = 2.718281828459045;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    /** The generator behind {@link #random()}, created on first use. */
    private static java.util.Random randomNumberGenerator;

    private Math() {
    }

    /** Returns the absolute value; MIN_VALUE stays negative, as in Java. */
    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    /** Returns the absolute value; MIN_VALUE stays negative, as in Java. */
    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    /** Returns the absolute value; -0.0f becomes 0.0f. */
    public static float abs(float a) {
        return a <= 0.0f ? 0.0f - a : a;
    }

    /** Returns the absolute value; -0.0 becomes 0.0. */
    public static double abs(double a) {
        return a <= 0.0 ? 0.0 - a : a;
    }

    /** Returns the smaller value. */
    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    /** Returns the smaller value. */
    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** Returns the smaller value; NaN if either is NaN, -0.0f below 0.0f. */
    public static float min(float a, float b) {
        return (float) min((double) a, (double) b);
    }

    /** Returns the smaller value; NaN if either is NaN, -0.0 below 0.0. */
    public static double min(double a, double b) {
        if (a != a || b != b) {
            return Double.NaN;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) < 0 ? a : b;
        }
        return a <= b ? a : b;
    }

    /** Returns the larger value. */
    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    /** Returns the larger value. */
    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /** Returns the larger value; NaN if either is NaN, 0.0f above -0.0f. */
    public static float max(float a, float b) {
        return (float) max((double) a, (double) b);
    }

    /** Returns the larger value; NaN if either is NaN, 0.0 above -0.0. */
    public static double max(double a, double b) {
        if (a != a || b != b) {
            return Double.NaN;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) < 0 ? b : a;
        }
        return a >= b ? a : b;
    }

    /** Returns the correctly rounded square root. */
    public static native double sqrt(double a);

    /** Returns the cube root. */
    public static native double cbrt(double a);

    /** Returns {@code a} raised to the power {@code b}, with Java's special cases. */
    public static native double pow(double a, double b);

    /** Returns e raised to the power {@code a}. */
    public static native double exp(double a);

    /** Returns the natural logarithm. */
    public static native double log(double a);

    /** Returns the base 10 logarithm. */
    public static native double log10(double a);

    /** Returns the sine of an angle in radians. */
    public static native double sin(double a);

    /** Returns the cosine of an angle in radians. */
    public static native double cos(double a);

    /** Returns the tangent of an angle in radians. */
    public static native double tan(double a);

    /** Returns the arc sine, in -pi/2 to pi/2. */
    public static native double asin(double a);

    /** Returns the arc cosine, in 0 to pi. */
    public static native double acos(double a);

    /** Returns the arc tangent, in -pi/2 to pi/2. */
    public static native double atan(double a);

    /** Returns the angle theta of the point (x, y) in polar coordinates. */
    public static native double atan2(double y, double x);

    /** Returns sqrt(x^2 + y^2) without intermediate overflow or underflow. */
    public static native double hypot(double x, double y);

    /** Returns the largest integral value not above {@code a}. */
    public static native double floor(double a);

    /** Returns the smallest integral value not below {@code a}. */
    public static native double ceil(double a);

    /** Returns the integral value nearest {@code a}, the even one on a tie. */
    public static native double rint(double a);

    /**
     * Returns the int nearest {@code a}, ties toward positive infinity; NaN
     * gives 0 and out-of-range values saturate, as in Java.
     */
    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        // a = significand * 2^-shift; at 25 and above |a| < 0.5.
        int shift = 150 - ((bits >> 23) & 0xff);
        if (shift >= 25 || a != a) {
            return 0;
        }
        if (shift <= 0) {
            return (int) a;
        }
        int significand = (bits & 0x007fffff) | 0x00800000;
        if (bits < 0) {
            significand = -significand;
        }
        // An arithmetic shift floors, so this is floor(a + 1/2).
        return ((significand >> (shift - 1)) + 1) >> 1;
    }

    /**
     * Returns the long nearest {@code a}, ties toward positive infinity; NaN
     * gives 0 and out-of-range values saturate, as in Java.
     */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int shift = 1075 - (int) ((bits >> 52) & 0x7ff);
        if (shift >= 54 || a != a) {
            return 0;
        }
        if (shift <= 0) {
            return (long) a;
        }
        long significand = (bits & 0x000fffffffffffffL) | 0x0010000000000000L;
        if (bits < 0) {
            significand = -significand;
        }
        return ((significand >> (shift - 1)) + 1) >> 1;
    }

    /** Returns -1.0, 0.0 or 1.0 by the sign; zeros and NaN are returned as they are. */
    public static double signum(double d) {
        if (d > 0.0) {
            return 1.0;
        }
        return d < 0.0 ? -1.0 : d;
    }

    /** Returns -1.0f, 0.0f or 1.0f by the sign; zeros and NaN are returned as they are. */
    public static float signum(float f) {
        if (f > 0.0f) {
            return 1.0f;
        }
        return f < 0.0f ? -1.0f : f;
    }

    /** Converts degrees to radians. */
    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    /** Converts radians to degrees. */
    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    /**
     * Returns a double in [0.0, 1.0) from one {@link java.util.Random}
     * shared by the whole cluster (static fields live in the shared heap).
     */
    public static double random() {
        if (randomNumberGenerator == null) {
            randomNumberGenerator = new java.util.Random();
        }
        return randomNumberGenerator.nextDouble();
    }
}
