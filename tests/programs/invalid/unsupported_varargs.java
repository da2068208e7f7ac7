class UnsupportedVarargs {
    static int sum(int... values) { // error: varargs
        return 0;
    }
}
