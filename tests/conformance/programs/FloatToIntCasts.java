// Casts from floating point to integral types truncate toward zero, map NaN
// to 0 and saturate at the target's range; narrower targets go through int.
public class FloatToIntCasts {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e9, 3e9, -3e9, 1e19, -1e19,
                       2147483647.5, -2147483648.9, 9.223372036854776E18, Double.NaN,
                       Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 65535.9, 65536.1,
                       -1.5, 300.7, -300.7};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + ", long " + (long) d + ", short " + (short) d
                + ", byte " + (byte) d + ", char " + (int) (char) d);
        }
        float[] fs = {0.7f, -0.7f, 3e9f, -3e9f, 1e20f, Float.NaN, Float.POSITIVE_INFINITY,
                      16777217f, 2.1474836E9f};
        for (float f : fs) {
            System.out.println(f + "f -> int " + (int) f + ", long " + (long) f);
        }
        long big = Long.MAX_VALUE;
        double back = (double) big;
        System.out.println("long max -> double " + back + " -> long " + (long) back);
        float fl = (float) big;
        System.out.println("long max -> float " + fl + " -> long " + (long) fl);
        double d = 1e308 * 10;
        System.out.println("overflow -> " + d + " -> int " + (int) d);
        float narrowed = (float) 1e-46;
        System.out.println("(float) 1e-46 = " + narrowed);
        float nf = (float) -1e39;
        System.out.println("(float) -1e39 = " + nf);
        double precise = 0.1f;
        System.out.println("0.1f widened = " + precise);
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += (int) (i * 0.7);
        }
        System.out.println("sum of (int)(i*0.7) = " + sum);
        long lsum = 0;
        for (int i = 1; i <= 40; i++) {
            lsum += (long) Math.pow(1.7, i);
        }
        System.out.println("sum of (long) 1.7^i = " + lsum);
    }
}
