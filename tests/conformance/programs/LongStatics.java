// Long's static methods: parsing, formatting in radixes, bit operations and
// the parse error messages.
public class LongStatics {
    static void parse(String s) {
        try {
            System.out.println("parseLong(\"" + s + "\") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + s + "\") failed: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("MAX " + Long.MAX_VALUE + " MIN " + Long.MIN_VALUE + " SIZE " + Long.SIZE);
        parse("9223372036854775807");
        parse("-9223372036854775808");
        parse("9223372036854775808");
        parse("123L");
        parse("-77");
        parse("00012");
        System.out.println("radix 16: " + Long.parseLong("-7fffffffffffffff", 16));
        System.out.println("radix 36: " + Long.parseLong("plurix", 36));
        long[] values = {0L, 1L, -1L, 1L << 40, -(1L << 40), 0x0123456789ABCDEFL, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : values) {
            System.out.println(v + ": hex " + Long.toHexString(v) + ", oct " + Long.toOctalString(v));
            System.out.println("  bin " + Long.toBinaryString(v));
            System.out.println("  radix 36 " + Long.toString(v, 36) + ", radix 3 " + Long.toString(v, 3));
            System.out.println("  bitCount " + Long.bitCount(v) + ", signum " + Long.signum(v)
                + ", reverse " + Long.reverse(v) + ", highestOneBit " + Long.highestOneBit(v));
            System.out.println("  nlz " + Long.numberOfLeadingZeros(v) + ", ntz " + Long.numberOfTrailingZeros(v)
                + ", toString " + Long.toString(v));
        }
        System.out.println("compare " + Long.compare(-1L, 1L) + " " + Long.compare(5L, 5L) + " "
            + Long.compare(Long.MAX_VALUE, Long.MIN_VALUE));
        long acc = 0;
        for (int i = 0; i < 64; i++) {
            acc += Long.bitCount(Long.reverse(1L << i) | (long) i);
        }
        System.out.println("acc " + acc);
    }
}
