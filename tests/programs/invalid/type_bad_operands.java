class TypeBadOperands {
    static void f(int x, boolean b, String s) {
        int a = b + 1; // error: bad operand types for binary operator '+'
        boolean c = !x; // error: bad operand type int for unary operator '!'
        int d = s - 1; // error: bad operand types for binary operator '-'
        boolean e = b && x; // error: bad operand types for binary operator '&&'
        int f = -b; // error: bad operand type boolean for unary operator '-'
        boolean g = s < "t"; // error: bad operand types for binary operator '<'
        int h = x << 1.5; // error: bad operand types for binary operator '<<'
        b++; // error: bad operand type boolean for unary operator '++'
        int i = ~2.0; // error: bad operand type double for unary operator '~'
        boolean j = b == x; // error: incomparable types: boolean and int
    }
}
