// Float and double printing: shortest digits that round-trip, the switch to
// E notation below 1e-3 and from 1e7, signed zero, NaN, infinities and the
// extreme values of both types.
public class FloatPrinting {
    public static void main(String[] args) {
        System.out.println(0.1f);
        System.out.println(0.1);
        System.out.println((double) 0.1f);
        System.out.println(1.0 / 3);
        System.out.println(1.0f / 3);
        System.out.println(2.0 / 3);
        System.out.println(1e7);
        System.out.println(9999999.0);
        System.out.println(1e7f);
        System.out.println(1.0E-3);
        System.out.println(1e-4);
        System.out.println(1e-4f);
        System.out.println(100.0f);
        System.out.println(100.0);
        System.out.println(-0.0);
        System.out.println(-0.0f);
        System.out.println(0.0 / 0.0);
        System.out.println(1.0 / 0.0);
        System.out.println(-1.0 / 0.0);
        System.out.println(Float.MIN_VALUE);
        System.out.println(Float.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        System.out.println(Double.MAX_VALUE);
        System.out.println(Double.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Float.NaN);
        System.out.println(0.1 + 0.2);
        System.out.println(0.1f + 0.2f);
        System.out.println(1.1 * 1.1);
        System.out.println(3.0e10);
        System.out.println(123456789.0);
        System.out.println(123456789.0f);
        System.out.println(1.0E22);
        System.out.println(1.0E23);
        System.out.println(2e-323);
        System.out.println(4.9e-324);
        System.out.println(1.17549435E-38f);
        System.out.println(Math.PI);
        System.out.println((float) Math.PI);
        System.out.println(Math.E);
        System.out.println(2.5e-5);
        System.out.println(0.001);
        System.out.println(0.0009999);
        System.out.println(12345.678f);
        System.out.println(-1.5e300 * 1e10);
        System.out.println((float) 1e40);
        System.out.println((float) 1e-50);
        double d = 1;
        for (int i = 0; i < 25; i++) {
            d *= 7.3;
            System.out.println("7.3^" + (i + 1) + " = " + d);
        }
        float f = 1;
        for (int i = 0; i < 12; i++) {
            f /= 3.7f;
            System.out.println("float 1/3.7^" + (i + 1) + " = " + f);
        }
        String s = "d=" + 2.50 + " f=" + 2.50f + " neg=" + (-7.0 / 8);
        System.out.println(s);
        System.out.println(String.valueOf(1e-7) + " " + Double.toString(5e-5) + " " + Float.toString(5e-5f));
        StringBuilder sb = new StringBuilder();
        sb.append(0.3).append(' ').append(0.3f).append(' ').append(1e100);
        System.out.println(sb);
    }
}
