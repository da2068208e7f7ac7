class SyntaxMissingSemicolon {
    public static void main(String[] args) {
        int x = 1 int y = 2; // error: ';' expected
    }
}
