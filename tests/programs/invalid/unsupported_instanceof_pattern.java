class UnsupportedInstanceofPattern {
    static int f(Object o) {
        if (o instanceof String s) { // error: instanceof patterns are not supported yet
            return 1;
        }
        return 0;
    }
}
