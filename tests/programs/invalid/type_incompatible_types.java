class TypeIncompatibleTypes {
    static void f() {
        int a = "text"; // error: incompatible types: String cannot be converted to int
        String s = 5; // error: incompatible types: int cannot be converted to String
        boolean b = 1; // error: incompatible types: int cannot be converted to boolean
        int c = true; // error: incompatible types: boolean cannot be converted to int
        int[] arr = new long[2]; // error: incompatible types: long[] cannot be converted to int[]
        String t = new Object(); // error: incompatible types: Object cannot be converted to String
        char ch = "c"; // error: incompatible types: String cannot be converted to char
    }
}
