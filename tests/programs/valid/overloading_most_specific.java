// Most specific method selection (JLS 15.12.2.5): subclass over superclass,
// long over float for an int, Object[] over Object for null, char vs int,
// and two-parameter overloads.
class OverloadingMostSpecific {
    static class A {
    }

    static class B extends A {
    }

    static String m(A a) { return "A"; }
    static String m(B b) { return "B"; }
    static String n(long x) { return "long"; }
    static String n(float x) { return "float"; }
    static String p(Object o) { return "Object"; }
    static String p(Object[] o) { return "Object[]"; }
    static String q(char c) { return "char"; }
    static String q(int i) { return "int"; }
    static String r(double d, Object o) { return "double,Object"; }
    static String r(int i, String s) { return "int,String"; }

    public static void main(String[] args) {
        System.out.println(m(new B()) + m(new A()) + m(null) + n(1) + n('c') + p(null) + p(new String[0]) + q('a' + 0)
                + q('a') + r(1, "s") + r(1, null) + r(1.5, "s") + r('c', (Object) "s"));
    }
}
