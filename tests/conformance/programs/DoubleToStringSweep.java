// Double.toString and Float.toString across magnitudes: powers of ten
// built by repeated multiplication and by parsing (not Math.pow, which may
// differ by an ulp between libraries), values at the E-notation boundaries,
// every float of the form n/10, and neighbours of powers of two, so that
// every printed digit is checked against Java's algorithm.
public class DoubleToStringSweep {
    public static void main(String[] args) {
        double up = 1;
        double down = 1;
        for (int i = 0; i <= 30; i++) {
            System.out.println("1e" + i + ": " + up + " " + Double.parseDouble("1e" + i) + " | 1e-" + i + ": " + down + " "
                + Double.parseDouble("1e-" + i));
            up *= 10;
            down /= 10;
        }
        double[] boundaries = {9999999.999999998, 1e7, 10000000.000000002, 0.001, 0.0009999999999999998, 0.0010000000000000002,
                               123e-5, 5e-324, 1e-323, 2.2250738585072014E-308, 2.225073858507201E-308, 1.7976931348623155E308};
        for (double b : boundaries) {
            System.out.println(b);
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n <= 100; n++) {
            sb.append((float) n / 10).append(' ');
            if (n % 20 == 19) {
                System.out.println(sb);
                sb.setLength(0);
            }
        }
        System.out.println(sb);
        for (int e = -20; e <= 70; e += 9) {
            double p = Math.pow(2, e);
            long pb = Double.doubleToLongBits(p);
            System.out.println("2^" + e + ": " + p + " prev " + Double.longBitsToDouble(pb - 1) + " next " + Double.longBitsToDouble(pb + 1));
        }
        float fp = 1;
        for (int i = 0; i < 20; i++) {
            fp *= 7.7f;
            System.out.print(fp + " ");
        }
        System.out.println();
        long bits = 0x3FF0000000000000L;
        for (int i = 0; i < 12; i++) {
            bits += 0x0000123456789ABCL;
            System.out.print(Double.longBitsToDouble(bits) + " ");
        }
        System.out.println();
        int fbits = 0x3F800000;
        for (int i = 0; i < 12; i++) {
            fbits += 0x00012345;
            System.out.print(Float.intBitsToFloat(fbits) + " ");
        }
        System.out.println();
    }
}
