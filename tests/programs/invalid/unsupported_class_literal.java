class UnsupportedClassLiteral {
    static Object f() {
        return String.class; // error: class literals
    }
}
