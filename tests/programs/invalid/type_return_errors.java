class TypeReturnErrors {
    static void v() {
        return 1; // error: incompatible types: unexpected return value
    }

    static int i() {
        return; // error: missing return value
    }

    static String s() {
        return 'c'; // error: incompatible types: char cannot be converted to String
    }

    TypeReturnErrors() {
        return 2; // error: incompatible types: unexpected return value
    }
}
