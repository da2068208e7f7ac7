// The conditional operator's type (JLS 15.25): binary numeric promotion for
// mixed numeric operands, a char with an int constant that fits stays char,
// byte/short combinations, and reference conditionals with null.
public class TernaryMixedTypes {
    static String describe(int x) {
        return "int:" + x;
    }

    static String describe(long x) {
        return "long:" + x;
    }

    static String describe(double x) {
        return "double:" + x;
    }

    static String describe(char x) {
        return "char:" + x;
    }

    static String describe(short x) {
        return "short:" + x;
    }

    static String describe(Object x) {
        return "object:" + (x == null ? "null" : "non-null");
    }

    static String describe(String x) {
        return "string:" + x;
    }

    public static void main(String[] args) {
        boolean t = args.length == 0;
        boolean f = !t;
        int i = 66;
        long l = 7L;
        char c = 'c';
        short s = 12;
        byte b = 3;
        System.out.println(t ? 1 : 2.0);
        System.out.println(f ? 1 : 2.0);
        System.out.println(describe(t ? 1 : 2L));
        System.out.println(describe(t ? i : l));
        System.out.println(describe(t ? c : 0));
        System.out.println(describe(t ? c : i));
        System.out.println(t ? 'x' : 0);
        System.out.println(t ? 'x' : i);
        System.out.println(describe(t ? b : s));
        System.out.println(describe(t ? s : 100000));
        System.out.println(describe(f ? 1.5f : i));
        System.out.println(describe(t ? 'a' : 'b'));
        System.out.println(describe(t ? "yes" : null));
        System.out.println(describe(f ? "yes" : null));
        Object o = t ? "string" : new int[0];
        System.out.println(describe(o));
        String str = f ? "a" : t ? "b" : "c";
        System.out.println(str);
        int nested = i > 60 ? i > 65 ? 2 : 1 : 0;
        System.out.println("nested " + nested);
        long widened = t ? Integer.MAX_VALUE + 1 : 0L;
        System.out.println("widened " + widened);
        double d = t ? 1 : 0.5f;
        System.out.println("mixed float " + d);
        System.out.println("in concat " + (t ? 65 : 'q') + " " + (f ? 65 : 'q'));
        int count = 0;
        for (int k = 0; k < 10; k++) {
            count += k % 3 == 0 ? 10 : k % 3 == 1 ? 1 : -1;
        }
        System.out.println("count " + count);
        int[] arr = t ? new int[]{1, 2} : null;
        System.out.println("array " + (arr == null ? -1 : arr.length));
        int side = 0;
        int r = t ? ++side : side--;
        System.out.println("side " + side + " r " + r);
    }
}
