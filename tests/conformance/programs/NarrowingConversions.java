// Narrowing primitive conversions keep the low bits: int to byte, short and
// char, long to int, and the implicit narrowing of constants in assignments.
public class NarrowingConversions {
    public static void main(String[] args) {
        int[] ints = {0, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769,
                      Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int i : ints) {
            System.out.println(i + " -> byte " + (byte) i + ", short " + (short) i
                + ", char " + (int) (char) i);
        }
        long[] longs = {4294967295L, 4294967296L, -4294967297L, Long.MAX_VALUE, Long.MIN_VALUE,
                        0x123456789ABCDEF0L};
        for (long l : longs) {
            System.out.println(l + " -> int " + (int) l + ", short " + (short) l + ", byte " + (byte) l);
        }
        byte b = 100;
        short s = 1000;
        char c = 'q';
        byte sum = (byte) (b + b);
        System.out.println("(byte)(100 + 100) = " + sum);
        short prod = (short) (s * s);
        System.out.println("(short)(1000 * 1000) = " + prod);
        // constant narrowing in assignment contexts
        final int k = 10;
        byte fromConstant = k;
        char charFromConstant = 66;
        short shortFromConstant = 'c';
        System.out.println(fromConstant + " " + charFromConstant + " " + shortFromConstant);
        // byte -> char goes through int (sign extension first)
        byte negative = -1;
        char widened = (char) negative;
        System.out.println("(char)(byte)-1 = " + (int) widened);
        // long -> float/double may lose precision
        long bigLong = 123456789123456789L;
        float f = bigLong;
        double d = bigLong;
        System.out.println("long to float " + f + ", to double " + d);
        int bigInt = 123456789;
        float fi = bigInt;
        System.out.println("int to float " + fi + ", back " + (int) fi);
        byte[] bytes = new byte[8];
        long bits = 0x0102030405060708L;
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (bits >>> (8 * i));
        }
        for (byte x : bytes) {
            System.out.print(x + " ");
        }
        System.out.println();
        int unsigned = bytes[0] & 0xff;
        System.out.println("unsigned " + unsigned);
        byte high = (byte) 0xF0;
        System.out.println("0xF0 as byte " + high + ", & 0xff " + (high & 0xff) + ", >>> 4 " + (high >>> 4)
            + ", (byte)(high >>> 4) " + (byte) (high >>> 4));
    }
}
