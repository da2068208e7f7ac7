// Relational, equality and logical operators; && and || short-circuit, & and
// | on booleans do not.
class ComparisonAndLogic {
    static int calls;

    static boolean touch(boolean value) {
        calls++;
        return value;
    }

    public static void main(String[] args) {
        int a = 3;
        long b = 3L;
        double c = 3.0;
        char d = 'a';
        System.out.println(a == b);
        System.out.println(b == c);
        System.out.println(a < c);
        System.out.println(d > 96);
        System.out.println(d <= 'a');
        System.out.println(a >= 4);
        System.out.println(a != 3);
        System.out.println(!(a == 3));
        System.out.println(touch(false) && touch(true));
        System.out.println(calls);
        System.out.println(touch(true) || touch(true));
        System.out.println(calls);
        System.out.println(touch(false) & touch(true));
        System.out.println(calls);
        System.out.println(touch(true) | touch(false));
        System.out.println(calls);
        boolean e = true;
        System.out.println(e == (a > 2));
        String s = "x";
        String t = s;
        Object o = null;
        System.out.println(s == t);
        System.out.println(o == null);
        System.out.println(o != s);
    }
}
