// Bitwise and logical operators: &, |, ^, ~ on int and long, boolean &, |
// and ^ that evaluate both operands, short-circuit && and || that do not,
// and bit tricks (population count, power of two tests, swaps).
public class BitwiseLogic {
    static int evaluations;

    static boolean probe(boolean value) {
        evaluations++;
        return value;
    }

    public static void main(String[] args) {
        int a = 0b1100_1010;
        int b = 0b1010_0110;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a) + " " + (~0) + " " + (a & ~b));
        long la = 0xF0F0F0F0F0F0F0F0L;
        long lb = 0x0FF00FF00FF00FF0L;
        System.out.println((la & lb) + " " + (la | lb) + " " + (la ^ lb) + " " + (~la));
        System.out.println("mixed int/long " + (a & la) + " " + (-1 | 0L) + " " + (0x80000000 ^ 0L));
        evaluations = 0;
        boolean r1 = probe(false) && probe(true);
        System.out.println("false && x: " + r1 + ", evaluations " + evaluations);
        evaluations = 0;
        boolean r2 = probe(true) || probe(false);
        System.out.println("true || x: " + r2 + ", evaluations " + evaluations);
        evaluations = 0;
        boolean r3 = probe(false) & probe(true);
        System.out.println("false & x: " + r3 + ", evaluations " + evaluations);
        evaluations = 0;
        boolean r4 = probe(true) | probe(false);
        System.out.println("true | x: " + r4 + ", evaluations " + evaluations);
        evaluations = 0;
        boolean r5 = probe(true) ^ probe(true);
        System.out.println("true ^ true: " + r5 + ", evaluations " + evaluations);
        boolean flag = true;
        flag &= false;
        flag |= true;
        flag ^= true;
        System.out.println("compound boolean " + flag);
        int[] arr = null;
        boolean safe = arr != null && arr.length > 0;
        System.out.println("guarded null " + safe);
        int x = 5;
        int y = 9;
        x ^= y;
        y ^= x;
        x ^= y;
        System.out.println("xor swap " + x + " " + y);
        int pop = 0;
        for (int v = 0xDEADBEEF; v != 0; v &= v - 1) {
            pop++;
        }
        System.out.println("popcount " + pop + " vs " + Integer.bitCount(0xDEADBEEF));
        for (int v : new int[]{0, 1, 6, 8, 1024, 1023, Integer.MIN_VALUE}) {
            System.out.print(v + ":" + (v != 0 && (v & (v - 1)) == 0) + " ");
        }
        System.out.println();
        int lowest = 0b1011000 & -0b1011000;
        System.out.println("lowest set bit " + lowest);
        boolean[] table = {false, true};
        for (boolean p : table) {
            for (boolean q : table) {
                System.out.println(p + " " + q + ": and " + (p && q) + " or " + (p || q) + " xor " + (p ^ q)
                    + " not " + !p + " eq " + (p == q) + " ne " + (p != q));
            }
        }
        long mask = 0;
        for (int i = 0; i < 64; i += 3) {
            mask |= 1L << i;
        }
        System.out.println("mask " + Long.toHexString(mask) + " " + Long.bitCount(mask));
        System.out.println("byte ops " + ((byte) 0x80 & 0xFF) + " " + ((byte) 0x80 | 0) + " " + (~(byte) 1));
        char c = 'a';
        System.out.println("char ops " + (c & 0xDF) + " " + (char) (c & 0xDF) + " " + (c ^ ' '));
    }
}
