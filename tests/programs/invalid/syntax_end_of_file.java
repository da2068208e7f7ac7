class SyntaxEndOfFile {
    void f() {
    } // error: reached end of file while parsing