// The ?: operator: numeric promotion of its arms, constant ints that fit in
// the other arm's narrow type, nesting and right associativity.
class ConditionalOperator {
    static String sign(int x) {
        return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    }

    public static void main(String[] args) {
        boolean t = args.length == 0;
        System.out.println(t ? 1 : 2.0);
        System.out.println(t ? 'a' : 0);
        char c = 'b';
        int i = 5;
        System.out.println(t ? c : i);
        byte b = 3;
        byte s = t ? b : 100;
        System.out.println(s);
        long l = t ? i : 10L;
        System.out.println(l);
        System.out.println(sign(3) + " " + sign(-3) + " " + sign(0));
        String str = t ? null : "x";
        System.out.println(str);
        Object o = t ? "string" : new int[0];
        System.out.println(o);
        int depth = t ? t ? 1 : 2 : 3;
        System.out.println(depth);
    }
}
