class UnsupportedLocalClass {
    static void f() {
        class Local { // error: local classes are not supported yet
        }
    }
}
