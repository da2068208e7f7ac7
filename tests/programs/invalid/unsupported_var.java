class UnsupportedVar {
    static void f() {
        var x = 1; // error: 'var'
    }
}
