// Overload resolution (JLS 15.12.2): exact match first, then the most
// specific method applicable by widening; char widens to int, byte and
// short widen to int before long; int literals prefer int; null picks the
// most specific reference type; subclass arguments pick the closest type.
public class Overloading {
    static String f(int x) {
        return "f(int)";
    }

    static String f(long x) {
        return "f(long)";
    }

    static String f(double x) {
        return "f(double)";
    }

    static String g(long x) {
        return "g(long)";
    }

    static String g(float x) {
        return "g(float)";
    }

    static String h(double x) {
        return "h(double)";
    }

    static String h(Object x) {
        return "h(Object)";
    }

    static String s(short x) {
        return "s(short)";
    }

    static String s(int x) {
        return "s(int)";
    }

    static String r(Object o) {
        return "r(Object)";
    }

    static String r(String s) {
        return "r(String)";
    }

    static class A {
    }

    static class B extends A {
    }

    static class C extends B {
    }

    static String t(A a) {
        return "t(A)";
    }

    static String t(B b) {
        return "t(B)";
    }

    static String two(int a, double b) {
        return "two(int,double)";
    }

    static String two(double a, double b) {
        return "two(double,double)";
    }

    String inst(int x) {
        return "inst(int)";
    }

    String inst(char x) {
        return "inst(char)";
    }

    public static void main(String[] args) {
        byte b = 1;
        short sh = 2;
        char c = 'c';
        long l = 4;
        float fl = 5f;
        System.out.println(f(1) + " " + f(1L) + " " + f(1.0) + " " + f(1.0f) + " " + f(b) + " " + f(sh) + " " + f(c));
        System.out.println(f(l) + " " + f(fl) + " " + f('x' + 1) + " " + f(1 + 1L) + " " + f(1 * 1.0));
        System.out.println(g(1) + " " + g(c) + " " + g(l) + " " + g(fl));
        System.out.println(h(1) + " " + h("str") + " " + h(c) + " " + h(new int[0]));
        System.out.println(s(b) + " " + s(sh) + " " + s(c) + " " + s(3));
        System.out.println(r(null) + " " + r("x") + " " + r(new Object()) + " " + r((Object) "x"));
        A a = new C();
        System.out.println(t(new A()) + " " + t(new B()) + " " + t(new C()) + " " + t(a) + " " + t(null));
        System.out.println(two(1, 2) + " " + two(1.0, 2) + " " + two(c, c));
        Overloading o = new Overloading();
        System.out.println(o.inst('q') + " " + o.inst(7) + " " + o.inst((char) 7) + " " + o.inst(c + 1));
        System.out.println(String.valueOf('a') + String.valueOf(97) + String.valueOf(97L) + String.valueOf(97.0f)
            + String.valueOf(true));
        StringBuilder sbuf = new StringBuilder();
        sbuf.append('a').append((int) 'a').append((char) 98).append(b).append(sh);
        System.out.println(sbuf);
        System.out.println(Math.abs(-3) + " " + Math.abs(-3L) + " " + Math.abs(-3f) + " " + Math.abs(-3.0) + " " + Math.abs(c));
        System.out.println(Math.max(1, 2L) + " " + Math.max(1, 2.5f) + " " + Math.max('a', 'b'));
    }
}
