// Floating-point constants: NaN and infinities from constant division (no
// error: it is not an int division), float precision kept in float
// expressions, and comparisons with NaN.
class ConstantFoldingFloating {
    static final double NAN = 0.0 / 0.0;
    static final double POSITIVE = 1 / 0.0;
    static final double NEGATIVE = -1 / 0.0;
    static final float THIRD = 1.0f / 3.0f;
    static final double THIRD_WIDE = 1.0f / 3.0f;
    static final double THIRD_DOUBLE = 1.0 / 3.0;
    static final boolean NAN_EQUAL = NAN == NAN;
    static final boolean ZEROES_EQUAL = 0.0 == -0.0;
    static final double NEGATIVE_ZERO = -0.0;
    static final double REMAINDER = 5.5 % -2;
    static final float FLOAT_OVERFLOW = 3e38f * 10;
    static final long ROUNDED = (long) 1e19;
    static final int FROM_NAN = (int) (0.0 / 0.0);

    public static void main(String[] args) {
        System.out.println(NAN + " " + POSITIVE + " " + NEGATIVE);
        System.out.println(THIRD + " " + THIRD_WIDE + " " + THIRD_DOUBLE);
        System.out.println(NAN_EQUAL + " " + ZEROES_EQUAL);
        System.out.println(NEGATIVE_ZERO + " " + (1 / NEGATIVE_ZERO));
        System.out.println(REMAINDER);
        System.out.println(FLOAT_OVERFLOW);
        System.out.println(ROUNDED + " " + FROM_NAN);
        System.out.println(Double.isNaN(NAN) + " " + Double.isInfinite(NEGATIVE));
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println(0.1f + 0.2f == 0.3f);
        System.out.println(Float.MIN_VALUE + " " + Double.MIN_VALUE);
        System.out.println(1e-45f + " " + 4.9e-324);
    }
}
