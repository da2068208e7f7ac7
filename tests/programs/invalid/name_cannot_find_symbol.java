class NameCannotFindSymbol {
    int field;

    static void f(int x) {
        int a = y; // error: cannot find symbol: variable y
        g(1); // error: cannot find symbol: method g(int)
        Missing m; // error: cannot find symbol: class Missing
        String s = "s";
        s.nope(); // error: cannot find symbol: method nope()
        int b = s.size; // error: cannot find symbol: variable size
        NameCannotFindSymbol.h("a", 2.0); // error: cannot find symbol: method h(String,double)
    }
}
