class UnsupportedMethodReference {
    static void g() {
    }

    static void f() {
        Runnable r = UnsupportedMethodReference::g; // error: method references are not supported yet
    }
}
