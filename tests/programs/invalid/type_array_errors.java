class TypeArrayErrors {
    static void f(int x, String s, int[] arr) {
        int a = x[0]; // error: array required, but int found
        char b = s[1]; // error: array required, but String found
        int c = arr["1"]; // error: incompatible types: String cannot be converted to int
        int d = arr[1L]; // error: incompatible types: possible lossy conversion from long to int
        int[] e = {1, "two"}; // error: incompatible types: String cannot be converted to int
        int[] g = new int[2.0]; // error: incompatible types: possible lossy conversion from double to int
        arr.length = 3; // error: cannot assign a value to final variable length
        int[][] h = {1, 2}; // error: incompatible types: int cannot be converted to int[]
    }
}
