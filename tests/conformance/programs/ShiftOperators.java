// Shift operators on int and long: the distance is masked to 5 or 6 bits, so
// negative and large counts wrap; >> keeps the sign, >>> fills with zeros.
public class ShiftOperators {
    public static void main(String[] args) {
        int[] values = {1, -1, 0x12345678, Integer.MIN_VALUE, -17};
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int v : values) {
            for (int c : counts) {
                System.out.println(v + " << " + c + " = " + (v << c)
                    + ", >> = " + (v >> c) + ", >>> = " + (v >>> c));
            }
        }
        long[] lvalues = {1L, -1L, 0x123456789ABCDEFL, Long.MIN_VALUE, -17L};
        int[] lcounts = {0, 1, 31, 32, 63, 64, 65, -1, -63, -64, 127};
        for (long v : lvalues) {
            for (int c : lcounts) {
                System.out.println(v + "L << " + c + " = " + (v << c)
                    + ", >> = " + (v >> c) + ", >>> = " + (v >>> c));
            }
        }
        // a long distance with an int operand: the result stays int
        long distance = 33L;
        int x = 1 << distance;
        System.out.println("1 << 33L = " + x);
        // shifts of narrow types promote to int first
        byte b = -8;
        short s = -300;
        char ch = '\uffff';
        System.out.println("byte -8 >>> 28 = " + (b >>> 28));
        System.out.println("short -300 >> 2 = " + (s >> 2));
        System.out.println("char ffff >> 4 = " + (ch >> 4));
        // compound shift assignments narrow back
        b >>>= 1;
        System.out.println("b >>>= 1 -> " + b);
        s <<= 8;
        System.out.println("s <<= 8 -> " + s);
        long acc = 1;
        for (int i = 0; i < 70; i += 7) {
            acc = (acc << 7) ^ (acc >>> 3) ^ i;
        }
        System.out.println("acc = " + acc);
    }
}
