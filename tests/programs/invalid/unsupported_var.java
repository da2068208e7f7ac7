class UnsupportedVar {
    static void f() {
        var x = 1; // error: 'var' is not supported yet; declare the variable's type
    }
}
