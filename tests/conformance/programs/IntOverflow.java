// int and long arithmetic wraps in two's complement: overflow of +, -, *,
// negation and increments at the limits, and Math.abs of the minimum.
public class IntOverflow {
    static int twice(int x) {
        return x + x;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * 2 = " + (max * 2));
        System.out.println("max * max = " + (max * max));
        System.out.println("min * -1 = " + (min * -1));
        System.out.println("twice(max) = " + twice(max));
        System.out.println("abs(min) = " + Math.abs(min));
        int i = max;
        i++;
        System.out.println("max++ -> " + i);
        i--;
        System.out.println("then -- -> " + i);
        int product = 1;
        for (int k = 1; k <= 20; k++) {
            product *= k;
            System.out.println(k + "! as int = " + product);
        }
        long lmax = Long.MAX_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println("lmax + 1 = " + (lmax + 1));
        System.out.println("lmin - 1 = " + (lmin - 1));
        System.out.println("-lmin = " + (-lmin));
        System.out.println("lmax * 3 = " + (lmax * 3));
        System.out.println("abs(lmin) = " + Math.abs(lmin));
        long lp = 1;
        for (int k = 1; k <= 25; k++) {
            lp *= k;
        }
        System.out.println("25! as long = " + lp);
        // int arithmetic overflows before widening to long
        long wrong = max * 2;
        long right = max * 2L;
        System.out.println("int product widened = " + wrong + ", long product = " + right);
        int h = 0;
        for (int k = 0; k < 1000; k++) {
            h = 31 * h + k;
        }
        System.out.println("hash = " + h);
        long lh = 0;
        for (int k = 0; k < 1000; k++) {
            lh = lh * 1000003L + k;
        }
        System.out.println("long hash = " + lh);
        System.out.println("(int) lmax = " + (int) lmax + ", (int) lmin = " + (int) lmin);
        System.out.println("(int) 4294967297L = " + (int) 4294967297L);
        System.out.println("max + max == -2: " + (max + max == -2));
    }
}
