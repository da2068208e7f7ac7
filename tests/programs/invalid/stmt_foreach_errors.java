class StmtForeachErrors {
    static void f(String s, int[] numbers, Object o) {
        for (char c : s) { // error: for-each not applicable to expression type
        }
        for (String t : numbers) { // error: incompatible types: int cannot be converted to String
        }
        for (Object x : o) { // error: for-each not applicable to expression type
        }
        for (long n : numbers) {
        }
    }
}
