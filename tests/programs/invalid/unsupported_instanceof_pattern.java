class UnsupportedInstanceofPattern {
    static int f(Object o) {
        if (o instanceof String s) { // error: pattern
            return 1;
        }
        return 0;
    }
}
