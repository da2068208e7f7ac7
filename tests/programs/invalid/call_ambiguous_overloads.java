class CallAmbiguousOverloads {
    static void m(Object o, String s) {
    }

    static void m(String s, Object o) {
    }

    static void k(int a, double b) {
    }

    static void k(double a, int b) {
    }

    static void z(int[] a) {
    }

    static void z(Object[] a) {
    }

    static void f() {
        m("a", "b"); // error: reference to m is ambiguous
        k(1, 1); // error: reference to k is ambiguous
        z(null); // error: reference to z is ambiguous
    }
}
