class SyntaxIllegalStartOfExpression {
    static int f() {
        int x = ); // error: illegal start of expression
        return x;
    }
}
