// Compile-time constants: static final fields and final locals of every
// primitive type and String, folded arithmetic with overflow, constant
// strings in labels and concatenation, and constants from another class.
public class ConstantFolding {
    static final int A = 1 << 20;
    static final int B = A * A;
    static final long C = (long) A * A;
    static final double D = 1.0 / 3;
    static final float F = 1.0f / 3;
    static final char CH = 'A' + 2;
    static final byte BY = (byte) 200;
    static final short SH = (short) 70000;
    static final boolean BOOL = A > 1000 && !(B != 0);
    static final String S = "x" + A + CH + D + BOOL + null;
    static final int SHIFTED = -1 >>> 28;
    static final long LSHIFT = -1L >>> 60;
    static final int DIV = -7 / 2;
    static final int MOD = -7 % 2;
    static final int MIN_DIV = Integer.MIN_VALUE / -1;
    static final double NAN = 0.0 / 0.0;
    static final double INF = 1 / 0.0;
    static final int CAST = (int) 3.99e10;
    static final long LCAST = (long) -1e30;
    static final int TERN = A > 5 ? 10 : 20;
    static final String JOINED = "con" + "cat";

    static class Other {
        static final int VALUE = ConstantFolding.A + 1;
        static final String NAME = JOINED + "!";
    }

    public static void main(String[] args) {
        System.out.println(A + " " + B + " " + C);
        System.out.println(D + " " + F + " " + CH + " " + BY + " " + SH + " " + BOOL);
        System.out.println(S);
        System.out.println(SHIFTED + " " + LSHIFT + " " + DIV + " " + MOD + " " + MIN_DIV);
        System.out.println(NAN + " " + INF + " " + CAST + " " + LCAST + " " + TERN);
        System.out.println(Other.VALUE + " " + Other.NAME + " " + (JOINED == "concat"));
        final int local = 6;
        final String word = "six";
        switch (12) {
            case local * 2:
                System.out.println("case local*2 matched");
                break;
            default:
                System.out.println("default");
        }
        switch ("sixsix") {
            case word + word:
                System.out.println("case word+word matched");
                break;
            default:
                System.out.println("default");
        }
        byte narrowed = local * 20;
        char fromConstant = local + 'a';
        System.out.println(narrowed + " " + fromConstant);
        System.out.println((Integer.MAX_VALUE + 1) + " " + (Long.MAX_VALUE + 1) + " " + (char) 65 + (char) 97);
        System.out.println(0.1 + 0.2 + " " + (0.1f + 0.2f) + " " + (float) 0.1 + " " + (double) 0.1f);
        System.out.println((5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + (~5) + " " + (-5 >> 1) + " " + (-5 >>> 30));
        System.out.println(Math.PI * 2 + " " + Integer.MIN_VALUE + Long.MIN_VALUE);
        System.out.println("a" + 1 + 2 + " " + (1 + 2) + "a" + " " + ('a' + 'b') + " " + (char) ('a' + 1));
    }
}
