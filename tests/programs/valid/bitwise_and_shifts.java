// Bitwise operators and shifts; a shift distance is masked to 5 (int) or 6
// (long) bits, and each shift operand is promoted on its own.
class BitwiseAndShifts {
    public static void main(String[] args) {
        int x = 0x0F0F;
        int y = 0x00FF;
        System.out.println(x & y);
        System.out.println(x | y);
        System.out.println(x ^ y);
        System.out.println(~x);
        System.out.println(1 << 31);
        int n = 33;
        System.out.println(1 << n);
        System.out.println(-16 >> 2);
        System.out.println(-16 >>> 28);
        System.out.println(-1 >>> n);
        long one = 1;
        System.out.println(one << 63);
        System.out.println(one << 65);
        System.out.println(-1L >>> 60);
        System.out.println(8 >> 1L);
        byte b = (byte) 0x80;
        System.out.println(b >> 1);
        System.out.println(b >>> 28);
        System.out.println((b & 0xff) >>> 4);
        char c = 'A';
        System.out.println(c << 1);
        boolean t = true;
        boolean f = false;
        System.out.println(t & f);
        System.out.println(t | f);
        System.out.println(t ^ t);
        System.out.println(~0L);
    }
}
