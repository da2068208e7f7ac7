class TypeNotAVariable {
    static int g() {
        return 1;
    }

    static void f(int x) {
        5 = x; // error: unexpected type
        g() = 2; // error: unexpected type
        (x + 1)++; // error: unexpected type
        x + 1 += 2; // error: unexpected type
    }
}
