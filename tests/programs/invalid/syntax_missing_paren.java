class SyntaxMissingParen {
    static void f(int x) {
        if (x > 0 { // error: ')' expected
            x = 1;
        }
    }
}
