class TypeConditionsNotBoolean {
    static void f(int x) {
        if (x) { // error: incompatible types: int cannot be converted to boolean
        }
        while (1) { // error: incompatible types: int cannot be converted to boolean
        }
        for (; x; ) { // error: incompatible types: int cannot be converted to boolean
        }
        do {
        } while ("no"); // error: incompatible types: String cannot be converted to boolean
        int y = x ? 1 : 2; // error: incompatible types: int cannot be converted to boolean
    }
}
