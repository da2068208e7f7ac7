// float and double arithmetic: precision, NaN, infinities, signed zero and
// floating remainder, printed with Java's shortest round-trip formatting.
class FloatingPoint {
    public static void main(String[] args) {
        double zero = 0.0;
        double nan = zero / zero;
        double inf = 1.0 / zero;
        System.out.println(nan);
        System.out.println(inf);
        System.out.println(-inf);
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1.0 || nan >= 1.0);
        System.out.println(inf - inf);
        System.out.println(-zero);
        System.out.println(0.0 == -0.0);
        System.out.println(1.0 / -zero);
        System.out.println(0.1 + 0.2);
        System.out.println(0.1f + 0.2f);
        System.out.println(1.0f / 3);
        System.out.println(1.0 / 3);
        System.out.println(7.5 % 2);
        System.out.println(-7.5 % 2);
        System.out.println(1e300 * 1e10);
        System.out.println(1e-320);
        System.out.println(100.0);
        System.out.println(1e7);
        System.out.println(1234567.0);
        System.out.println(0.001);
        System.out.println(0.0001);
        System.out.println(3.0e-5f);
        System.out.println((float) 16777217);
        System.out.println(Double.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        System.out.println(Float.MAX_VALUE);
        float f = 1.1f;
        double d = f;
        System.out.println(d);
        System.out.println(f * 2);
    }
}
