// Overload resolution (JLS 15.12.2 phases 1-2): exact match first, then the
// most specific applicable method by widening; null picks the most specific
// reference type.
class Overloading {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Object x) { return "Object"; }
    static String f(String x) { return "String"; }

    static String g(long a, int b) { return "long,int"; }
    static String g(int a, long b) { return "int,long"; }
    static String g(int a, int b) { return "int,int"; }

    static String h(char c) { return "char"; }
    static String h(int i) { return "int"; }

    static String k(float f) { return "float"; }
    static String k(Object o) { return "Object"; }

    String m(Overloading o) { return "Overloading"; }
    String m(Object o) { return "Object"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(c));
        System.out.println(f(1L) + " " + f(1.0f) + " " + f(1.0));
        System.out.println(f("s") + " " + f(null) + " " + f(new int[0]) + " " + f(new Overloading()));
        System.out.println(g(1, 2) + " " + g(1L, 2) + " " + g(1, 2L));
        System.out.println(h('x') + " " + h(120) + " " + h(b));
        System.out.println(k(1) + " " + k(1L) + " " + k("x"));
        Overloading o = new Overloading();
        Object asObject = o;
        System.out.println(o.m(o) + " " + o.m(asObject) + " " + o.m(null));
    }
}
