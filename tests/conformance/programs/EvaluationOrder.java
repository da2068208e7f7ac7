// Evaluation order (JLS 15.7): operands left to right, all arguments
// before the call, the array reference and index before the right-hand
// side, the left operand of a compound assignment saved before the right
// is evaluated, and an exception stopping evaluation at its point.
public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();

    static int v(String name, int value) {
        log.append(name).append(' ');
        return value;
    }

    static int[] arr(String name, int[] a) {
        log.append(name).append(' ');
        return a;
    }

    static int sum3(int a, int b, int c) {
        log.append("call ");
        return a + b + c;
    }

    static String flush() {
        String s = log.toString();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        int r = v("a", 1) + v("b", 2) * v("c", 3);
        System.out.println(r + ": " + flush());
        r = sum3(v("x", 1), v("y", 2), v("z", 3));
        System.out.println(r + ": " + flush());
        int[] data = {10, 20, 30};
        arr("array", data)[v("index", 1)] = v("value", 99);
        System.out.println(data[1] + ": " + flush());
        int i = 0;
        int[] seq = new int[4];
        seq[i++] = i++;
        seq[i] = i = 3;
        System.out.println(seq[0] + " " + seq[1] + " " + seq[2] + " " + seq[3] + " i=" + i);
        int x = 1;
        x += x++ + ++x;
        System.out.println("x " + x);
        int y = 10;
        y = y++ + y--;
        System.out.println("y " + y);
        int k = 2;
        int res = k * (k = 5) + k;
        System.out.println("k*(k=5)+k = " + res);
        int[] a = {0, 0, 0};
        int j = 0;
        a[j] = j = 2;
        System.out.println("a[j] = j = 2: " + a[0] + " " + a[2] + " j=" + j);
        try {
            int[] none = null;
            none[v("idx", 0)] = v("rhs", 1);
        } catch (NullPointerException e) {
            System.out.println("null array, evaluated: " + flush());
        }
        try {
            int[] small = new int[1];
            small[v("i5", 5)] = v("rhs", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad index, evaluated: " + flush());
        }
        try {
            int z = v("left", 1) / v("zero", 0) + v("never", 2);
            System.out.println(z);
        } catch (ArithmeticException e) {
            System.out.println("division, evaluated: " + flush());
        }
        int[] counter = {5};
        try {
            counter[0] += v("throws", 1) / 0;
        } catch (ArithmeticException e) {
            System.out.println("compound unchanged " + counter[0] + ": " + flush());
        }
        String s = "s" + v("p", 1) + v("q", 2);
        System.out.println(s + ": " + flush());
        boolean b = v("l", 0) > 0 && v("r", 1) > 0;
        System.out.println(b + ": " + flush());
        int t = v("cond", 1) > 0 ? v("then", 2) : v("else", 3);
        System.out.println(t + ": " + flush());
        long big = v("m", 1000000) * (long) v("n", 1000000);
        System.out.println(big + ": " + flush());
    }
}
