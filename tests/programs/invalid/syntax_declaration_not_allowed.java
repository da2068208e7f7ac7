class SyntaxDeclarationNotAllowed {
    void f(boolean b) {
        if (b) int x = 1; // error: variable declaration not allowed here
    }
}
