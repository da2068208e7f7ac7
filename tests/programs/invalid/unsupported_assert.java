class UnsupportedAssert {
    static void f(int x) {
        assert x > 0; // error: assert is not supported yet
    }
}
