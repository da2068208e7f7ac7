class UnsupportedVarargs {
    static int sum(int... values) { // error: varargs are not supported yet
        return 0;
    }
}
