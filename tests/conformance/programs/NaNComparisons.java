// NaN is unordered: every comparison but != is false, NaN != NaN, and
// Double.compare orders it last; -0.0 == 0.0 but they differ in compare,
// division and bits.
public class NaNComparisons {
    static void compare(String name, double a, double b) {
        System.out.println(name + ": < " + (a < b) + ", <= " + (a <= b) + ", > " + (a > b)
            + ", >= " + (a >= b) + ", == " + (a == b) + ", != " + (a != b)
            + ", compare " + Double.compare(a, b));
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double zero = 0.0;
        double negZero = -0.0;
        compare("NaN vs 1", nan, 1.0);
        compare("NaN vs NaN", nan, nan);
        compare("1 vs NaN", 1.0, nan);
        compare("0.0 vs -0.0", zero, negZero);
        compare("-0.0 vs 0.0", negZero, zero);
        compare("inf vs max", Double.POSITIVE_INFINITY, Double.MAX_VALUE);
        float fnan = Float.NaN;
        System.out.println("float NaN == NaN: " + (fnan == fnan) + ", isNaN " + Float.isNaN(fnan));
        System.out.println("Float.compare(NaN, inf) " + Float.compare(fnan, Float.POSITIVE_INFINITY));
        System.out.println("Float.compare(-0, 0) " + Float.compare(-0.0f, 0.0f));
        System.out.println("1/0.0 " + (1 / zero) + ", 1/-0.0 " + (1 / negZero));
        System.out.println("0.0 == -0.0: " + (zero == negZero));
        System.out.println("bits equal: " + (Double.doubleToLongBits(zero) == Double.doubleToLongBits(negZero)));
        double x = nan;
        System.out.println("x != x: " + (x != x));
        System.out.println("!(x < 1) && !(x >= 1): " + (!(x < 1) && !(x >= 1)));
        System.out.println("max(NaN, 1) " + Math.max(nan, 1.0) + ", min(1, NaN) " + Math.min(1.0, nan));
        System.out.println("max(-0.0, 0.0) " + Math.max(negZero, zero) + ", min(0.0, -0.0) " + Math.min(zero, negZero));
        System.out.println("float min(-0,0) " + Math.min(0.0f, -0.0f));
        System.out.println("NaN + 1 = " + (nan + 1) + ", NaN * 0 = " + (nan * 0));
        System.out.println("inf - inf = " + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY));
        System.out.println("inf * 0 = " + (Double.POSITIVE_INFINITY * 0));
        System.out.println("0 * -1 = " + (0.0 * -1));
        System.out.println("sqrt(-1) = " + Math.sqrt(-1));
        System.out.println("ternary on NaN: " + (nan > 0 ? "pos" : "not pos"));
        int count = 0;
        double[] values = {1.0, nan, -2.0, nan, 3.0, -0.0, 0.0};
        for (double v : values) {
            if (v == v) {
                count++;
            }
        }
        System.out.println("non-NaN count " + count);
        double best = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v > best) {
                best = v;
            }
        }
        System.out.println("max by > " + best);
        System.out.println("isInfinite " + Double.isInfinite(1 / zero) + " " + Double.isInfinite(nan));
        System.out.println("NaN bits " + Long.toHexString(Double.doubleToLongBits(nan)));
        System.out.println("float NaN bits " + Integer.toHexString(Float.floatToIntBits(fnan)));
        System.out.println("-0.0 bits " + Long.toHexString(Double.doubleToLongBits(negZero)));
    }
}
