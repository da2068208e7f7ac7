// long arithmetic: mixed int/long promotion, multiplication overflow,
// division, 64-bit hashing (FNV-1a, splitmix64), unsigned-style tricks
// and long loop counters.
public class LongArithmetic {
    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long splitmix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static void main(String[] args) {
        int i = 123456789;
        long l = i * 1000L;
        long wrong = i * 1000;
        System.out.println(l + " " + wrong);
        System.out.println(Long.MAX_VALUE / 3 + " " + Long.MAX_VALUE % 1000 + " " + Long.MIN_VALUE / 7);
        System.out.println("fnv " + fnv1a("") + " " + fnv1a("plurix") + " " + fnv1a("conformance suite"));
        long state = 0;
        for (int k = 0; k < 5; k++) {
            state = splitmix(state);
            System.out.println("splitmix " + state);
        }
        long unsignedMax = -1L;
        System.out.println("as unsigned halves " + (unsignedMax >>> 32) + " " + (unsignedMax & 0xFFFFFFFFL));
        int negative = -5;
        long widened = negative;
        long masked = negative & 0xFFFFFFFFL;
        System.out.println("widen " + widened + " mask " + masked);
        long fact = 1;
        for (long n = 1; n <= 21; n++) {
            fact *= n;
        }
        System.out.println("21! wrapped " + fact);
        long sum = 0;
        for (long n = 0; n < 3000000L; n += 3) {
            sum += n ^ (n >> 3);
        }
        System.out.println("sum " + sum);
        long a = 0x123456789L;
        long b = 0x987654321L;
        System.out.println("mul " + a * b + " div " + b / a + " rem " + b % a + " neg rem " + -b % a);
        System.out.println("compare " + (a < b) + " " + (Long.MIN_VALUE < Long.MAX_VALUE) + " " + (-1L > 0L));
        long pow = 1;
        int steps = 0;
        while (pow > 0) {
            pow *= 3;
            steps++;
        }
        System.out.println("3^" + steps + " overflowed to " + pow);
        System.out.println("mixed " + (1 + 2L) + " " + (7 / 2L) + " " + (7 % -3L) + " " + ('a' + 1L) + " " + (1L + 0.5f));
    }
}
