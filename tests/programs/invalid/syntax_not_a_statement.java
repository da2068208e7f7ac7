class SyntaxNotAStatement {
    static void f(int x) {
        x + 1; // error: not a statement
        x; // error: not a statement
        "text"; // error: not a statement
    }
}
