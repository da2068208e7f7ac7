class CallOverloadErrors {
    static void one(int x) {
    }

    static void two(int x) {
    }

    static void two(String s) {
    }

    static void amb(long a, int b) {
    }

    static void amb(int a, long b) {
    }

    static void f() {
        one("s"); // error: incompatible types: String cannot be converted to int
        one(1, 2); // error: method one in class CallOverloadErrors cannot be applied to given types
        one(1.5); // error: incompatible types: possible lossy conversion from double to int
        two(1.5); // error: no suitable method found for two(double)
        amb(1, 2); // error: reference to amb is ambiguous
        String s = "abc";
        s.charAt("0"); // error: incompatible types: String cannot be converted to int
    }
}
