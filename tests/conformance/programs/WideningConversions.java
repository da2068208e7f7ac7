// Widening primitive conversions in assignment, arithmetic, method calls
// and array stores: byte -> short -> int -> long -> float -> double, char
// -> int, and the precision a long or int can lose on the way to float.
public class WideningConversions {
    static double asDouble(double d) {
        return d;
    }

    static long asLong(long l) {
        return l;
    }

    static float asFloat(float f) {
        return f;
    }

    public static void main(String[] args) {
        byte b = -100;
        short s = b;
        int i = s;
        long l = i;
        float f = l;
        double d = f;
        System.out.println(b + " " + s + " " + i + " " + l + " " + f + " " + d);
        char c = '\uffff';
        int ci = c;
        long cl = c;
        double cd = c;
        System.out.println(ci + " " + cl + " " + cd);
        System.out.println(asDouble(3) + " " + asDouble('a') + " " + asLong(b) + " " + asFloat(Long.MAX_VALUE));
        int bigInt = 2147483647;
        float bf = bigInt;
        double bd = bigInt;
        System.out.println("int max to float " + bf + ", to double " + bd + ", float back " + (int) bf);
        long bigLong = 9007199254740993L;
        double ld = bigLong;
        System.out.println("2^53+1 to double " + ld + " back " + (long) ld);
        int odd = 16777217;
        float of = odd;
        System.out.println("2^24+1 to float " + of + " back " + (int) of);
        long[] longs = new long[3];
        longs[0] = 'x';
        longs[1] = b;
        longs[2] = Integer.MIN_VALUE;
        System.out.println(longs[0] + " " + longs[1] + " " + longs[2]);
        double[] doubles = {1, 2L, 3.5f, 'A'};
        System.out.println(doubles[0] + " " + doubles[1] + " " + doubles[2] + " " + doubles[3]);
        System.out.println("promotion " + (b + s) + " " + (c + 1) + " " + (i + 1L) + " " + (l + 0.5f) + " " + (f + 0.1));
        short sum = 0;
        for (byte k = 0; k < 100; k++) {
            sum += k;
        }
        System.out.println("short sum " + sum);
        long acc = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) {
            acc = acc * 26 + (ch - 'a');
        }
        System.out.println("base-26 acc " + acc);
    }
}
