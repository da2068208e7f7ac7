// Expression corners: the array reference of a compound assignment is
// fixed before the right side reassigns it, byte division that leaves the
// byte range, char += double, Math.round at its documented edges, labelled
// continue in a do-while re-testing the condition, and negated extremes.
public class ExpressionCorners {
    static int[] arr = {1, 2, 3};

    static int replaceArray() {
        arr = new int[]{100, 200, 300};
        return 5;
    }

    public static void main(String[] args) {
        int[] before = arr;
        arr[0] += replaceArray();
        System.out.println("old array " + before[0] + ", new array " + arr[0]);
        int[] a = {0, 0};
        int i = 0;
        a[i] = (i = 1) + 10;
        System.out.println("a = " + a[0] + " " + a[1]);
        byte minByte = -128;
        byte minusOne = -1;
        System.out.println("byte -128 / -1 = " + minByte / minusOne + ", as byte " + (byte) (minByte / minusOne));
        short minShort = Short.MIN_VALUE;
        System.out.println("-short min = " + -minShort + ", (short) " + (short) -minShort);
        char c = 'a';
        c += 1.7;
        System.out.println("char += 1.7 -> " + c);
        c -= 0.5;
        System.out.println("char -= 0.5 -> " + c);
        System.out.println("round " + Math.round(0.49999999999999994) + " " + Math.round(-0.5) + " " + Math.round(-0.5000000000000001)
            + " " + Math.round(4503599627370497.0) + " " + Math.round((double) Long.MAX_VALUE) + " " + Math.round(-1e19)
            + " " + Math.round(0.5f) + " " + Math.round(-1.5f) + " " + Math.round(8388609f));
        int k = 0;
        int visits = 0;
        outer:
        do {
            k++;
            for (int j = 0; j < 3; j++) {
                visits++;
                if (j == 1) {
                    continue outer;
                }
            }
            visits += 1000;
        } while (k < 4);
        System.out.println("do-while labelled continue: k " + k + " visits " + visits);
        System.out.println("negations " + -Integer.MIN_VALUE + " " + -Long.MIN_VALUE + " " + -(-2147483647 - 1) + " " + -0.0 + " " + -(0.0));
        System.out.println("abs " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-0.0f) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        int x = 3;
        x = x++ + x++;
        System.out.println("x++ + x++ = " + x);
        int y = 3;
        y = ++y + y++ + y;
        System.out.println("++y + y++ + y = " + y);
        long mixed = Integer.MAX_VALUE + 1L + Integer.MAX_VALUE;
        int overflowFirst = Integer.MAX_VALUE + 1 + Integer.MAX_VALUE;
        System.out.println("long sum " + mixed + ", int sum " + overflowFirst);
        double d = 0.1 * 3;
        float f = 0.1f * 3;
        System.out.println("0.1*3 " + d + " " + f + " " + (d == 0.3) + " " + (f == 0.3f));
        System.out.println("int/float " + 7 / 2 * 2.0 + " " + 7 / 2.0 * 2 + " " + (char) ('a' + 25) + " " + (int) 'a' / 2);
        System.out.println("shift precedence " + (1 << 2 + 3) + " " + (1 + 2 << 3) + " " + (-16 >> 2 >>> 28));
        System.out.println("compare chains " + (1 < 2 == true) + " " + (3 > 2 != 2 > 1) + " " + ((5 & 3) == 1));
        boolean flag = false;
        boolean result = flag = true;
        System.out.println("assignment as value " + result + " " + flag);
        int z;
        int w = z = 7;
        System.out.println("chained assignment " + w + " " + z);
    }
}
