// Calls with many parameters of mixed types (more than fit in registers),
// float and double parameters and returns kept at their own precision,
// byte, short, char and boolean returns extended correctly, and the same
// shapes through static, virtual and interface calls.
public class CallingConventions {
    static String many(int a, long b, double c, float d, byte e, short f, char g, boolean h,
                       String i, int j, long k, double l, float m, int n, double o, Object p) {
        return a + "|" + b + "|" + c + "|" + d + "|" + e + "|" + f + "|" + g + "|" + h + "|" + i + "|" + j + "|" + k
            + "|" + l + "|" + m + "|" + n + "|" + o + "|" + (p == null ? "null" : "obj");
    }

    static double sumDoubles(double a, double b, double c, double d, double e, double f, double g, double h,
                             double i, double j, double k, double l) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
    }

    static long sumLongs(long a, int b, long c, int d, long e, int f, long g, int h, long i, int j) {
        return a - b + c - d + e - f + g - h + i - j;
    }

    static float third(float x) {
        return x / 3;
    }

    static byte toByte(int x) {
        return (byte) x;
    }

    static short toShort(int x) {
        return (short) x;
    }

    static char toChar(int x) {
        return (char) x;
    }

    static boolean isOdd(int x) {
        return (x & 1) != 0;
    }

    interface Mixer {
        double mix(int a, double b, long c, float d, int e, double f, long g, float h, int i, double j);
    }

    static class Weighted implements Mixer {
        final double w;

        Weighted(double w) {
            this.w = w;
        }

        public double mix(int a, double b, long c, float d, int e, double f, long g, float h, int i, double j) {
            return w * (a + b + c + d + e + f + g + h + i + j);
        }
    }

    static class Doubled extends Weighted {
        Doubled() {
            super(2);
        }

        public double mix(int a, double b, long c, float d, int e, double f, long g, float h, int i, double j) {
            return super.mix(a, b, c, d, e, f, g, h, i, j) + 0.5;
        }
    }

    public static void main(String[] args) {
        System.out.println(many(1, 2L, 3.5, 4.25f, (byte) -5, (short) -6, 'g', true, "str", 10, 11L, 12.125, 13.5f, 14, 15.75, null));
        System.out.println(many(-1, Long.MIN_VALUE, -0.0, Float.NaN, Byte.MIN_VALUE, Short.MAX_VALUE, '~', false, null,
            Integer.MAX_VALUE, -11L, Double.POSITIVE_INFINITY, Float.MIN_VALUE, -14, 1e-300, new Object()));
        System.out.println("doubles " + sumDoubles(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2));
        System.out.println("longs " + sumLongs(1L << 40, 1, 1L << 41, 2, 1L << 42, 3, 1L << 43, 4, 1L << 44, 5));
        float t = third(1f);
        System.out.println("float return " + t + " " + (t * 3) + " " + (double) third(10f));
        int bsum = 0;
        int ssum = 0;
        int csum = 0;
        int odd = 0;
        for (int i = -300; i <= 300; i += 7) {
            bsum += toByte(i * 37);
            ssum += toShort(i * 1000);
            csum += toChar(i * 5);
            if (isOdd(i)) {
                odd++;
            }
        }
        System.out.println("narrow returns " + bsum + " " + ssum + " " + csum + " odd " + odd);
        System.out.println("direct " + (toByte(200) + 0) + " " + (toShort(40000) + 0) + " " + (toChar(-1) + 0) + " " + (toChar(65) + 1));
        boolean[] flags = new boolean[10];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = isOdd(i * 3);
        }
        int set = 0;
        for (boolean f : flags) {
            set = set * 2 + (f ? 1 : 0);
        }
        System.out.println("flags " + set);
        Mixer[] mixers = {new Weighted(0.5), new Doubled()};
        for (Mixer m : mixers) {
            System.out.println("mix " + m.mix(1, 2.5, 3L, 4.5f, 5, 6.25, 7L, 8.75f, 9, 10.125));
        }
        double acc = 0;
        for (int i = 0; i < 10000; i++) {
            acc += mixers[i & 1].mix(i, i * 0.5, i * 3L, i * 0.25f, -i, 1.0 / (i + 1), -i * 2L, 0.125f, i % 7, -0.5);
        }
        System.out.println("accumulated " + acc);
    }
}
