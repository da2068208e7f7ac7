class SyntaxElseWithoutIf {
    void f(int x) {
        x++;
        else { // error: 'else' without 'if'
        }
    }
}
