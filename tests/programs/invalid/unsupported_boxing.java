class UnsupportedBoxing {
    static void f(Integer parameter) {
        Integer boxed = 5; // error: incompatible types: int cannot be converted to Integer (boxing is not supported yet)
        Object o = 1.5; // error: incompatible types: double cannot be converted to Object (boxing is not supported yet)
        int unboxed = parameter; // error: incompatible types: Integer cannot be converted to int (unboxing is not supported yet)
    }
}
