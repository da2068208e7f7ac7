// long arithmetic, mixed int/long promotion and long overflow.
class LongOperators {
    public static void main(String[] args) {
        long a = 1234567890123L;
        int i = 1000;
        System.out.println(a + i);
        System.out.println(a * i);
        System.out.println(a / -7);
        System.out.println(a % -7);
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println(Long.MIN_VALUE / -1);
        System.out.println(i * i * i * i);
        System.out.println((long) i * i * i * i);
        long mixed = i;
        mixed <<= 40;
        System.out.println(mixed);
        System.out.println(mixed >> 3);
        System.out.println(-mixed >>> 60);
        System.out.println(0x7fffffffffffffffL == Long.MAX_VALUE);
        System.out.println(077L + 0b1010L);
    }
}
