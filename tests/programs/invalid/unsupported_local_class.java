class UnsupportedLocalClass {
    static void f() {
        class Local { // error: local classes
        }
    }
}
