class StmtThrowCatchTypes {
    static void f(int x) {
        throw "problem"; // error: incompatible types: String cannot be converted to Throwable
    }

    static void g() {
        try {
            f(1);
        } catch (String s) { // error: incompatible types: String cannot be converted to Throwable
        }
    }

    static void h() {
        throw new Object(); // error: incompatible types: Object cannot be converted to Throwable
    }
}
