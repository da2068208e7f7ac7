class TypeInstanceofErrors {
    static void f(int x, String s) {
        boolean a = x instanceof Object; // error: unexpected type
        boolean b = s instanceof Integer; // error: incompatible types: String cannot be converted to Integer
    }
}
