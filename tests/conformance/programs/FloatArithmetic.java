// float versus double arithmetic: float rounding on every operation,
// accumulation error, mixed float/double/int promotion, and float
// constants that are not exact in binary.
public class FloatArithmetic {
    public static void main(String[] args) {
        float f = 0;
        double d = 0;
        for (int i = 0; i < 10; i++) {
            f += 0.1f;
            d += 0.1;
        }
        System.out.println("ten times 0.1: float " + f + ", double " + d);
        float big = 1e8f;
        System.out.println("1e8f + 1 = " + (big + 1) + ", 1e8 + 1 = " + (1e8 + 1));
        float third = 1f / 3f;
        System.out.println("1f/3 = " + third + ", times 3 = " + third * 3 + ", as double " + (double) third);
        System.out.println("mixed: 1/3f " + (1 / 3f) + ", 1/3.0 " + (1 / 3.0) + ", 1f/3.0 " + (1f / 3.0) + ", 1/3 " + (1 / 3));
        float sum = 0;
        for (int i = 1; i <= 100000; i++) {
            sum += 1.0f / i;
        }
        double dsum = 0;
        for (int i = 1; i <= 100000; i++) {
            dsum += 1.0 / i;
        }
        System.out.println("harmonic float " + sum + ", double " + dsum);
        float fm = 16777216f;
        System.out.println("2^24 + 1 in float " + (fm + 1f) + ", + 2 " + (fm + 2f));
        double eps = 1;
        int bits = 0;
        while (1 + eps / 2 != 1) {
            eps /= 2;
            bits++;
        }
        System.out.println("double epsilon " + eps + " after " + bits + " halvings");
        float feps = 1;
        bits = 0;
        while (1f + feps / 2f != 1f) {
            feps /= 2;
            bits++;
        }
        System.out.println("float epsilon " + feps + " after " + bits + " halvings");
        System.out.println("float products " + (1.1f * 1.1f) + " " + (0.7f + 0.1f) + " " + (3.0f * 0.1f));
        System.out.println("double products " + (1.1 * 1.1) + " " + (0.7 + 0.1) + " " + (3.0 * 0.1));
        float tiny = Float.MIN_VALUE;
        System.out.println("min / 2 " + (tiny / 2) + ", max * 2 " + (Float.MAX_VALUE * 2) + ", -max * 2 " + (-Float.MAX_VALUE * 2));
        double sub = Double.MIN_VALUE * 3;
        System.out.println("denormal " + sub + " " + (sub / 3) + " " + (sub / 4));
        float x = 0.1f;
        double widened = x;
        float back = (float) widened;
        System.out.println("round trip " + (back == x) + " " + widened);
        double newton = 1;
        for (int i = 0; i < 8; i++) {
            newton = (newton + 2 / newton) / 2;
            System.out.println("newton " + i + " " + newton);
        }
        float fn = 1;
        for (int i = 0; i < 6; i++) {
            fn = (fn + 2 / fn) / 2;
        }
        System.out.println("newton float " + fn + " vs sqrt " + (float) Math.sqrt(2));
        System.out.println("negative zero sums " + (-0.0 + 0.0) + " " + (-0.0 + -0.0) + " " + (0.0 - 0.0) + " " + (-0.0f * 5));
    }
}
