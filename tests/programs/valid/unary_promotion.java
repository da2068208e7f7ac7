// Unary and binary numeric promotion: byte/short/char operands become int,
// so -b, ~c and b + b are ints; mixed operands widen to the larger type.
class UnaryPromotion {
    static String type(int x) { return "int"; }
    static String type(long x) { return "long"; }
    static String type(float x) { return "float"; }
    static String type(double x) { return "double"; }
    static String type(byte x) { return "byte"; }
    static String type(short x) { return "short"; }
    static String type(char x) { return "char"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 4;
        float f = 5;
        System.out.println(type(b) + " " + type(-b) + " " + type(+s) + " " + type(~c) + " " + type(b + b));
        System.out.println(type(s * c) + " " + type(b + l) + " " + type(l * f) + " " + type(f + 1.0));
        System.out.println(type(c) + " " + type((char) (c + 1)) + " " + type(b++) + " " + type(--s));
        System.out.println(type(b << l) + " " + type(l << b) + " " + type(true ? b : s) + " " + type(true ? b : 'x'));
        System.out.println(type(f / 2) + " " + type(l % 3) + " " + type(c & 0xff));
    }
}
