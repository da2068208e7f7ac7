class TypeVoidMisuse {
    static void nothing() {
    }

    static void f() {
        String s = "a" + nothing(); // error: 'void' type not allowed here
        int x = nothing(); // error: incompatible types: void cannot be converted to int
        System.out.println(nothing()); // error: 'void' type not allowed here
    }
}
