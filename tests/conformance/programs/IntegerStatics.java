// Integer's static methods and constants: parsing in several radixes,
// formatting, bit twiddling, and the NumberFormatException messages.
public class IntegerStatics {
    static void parse(String s) {
        try {
            System.out.println("parseInt(\"" + s + "\") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\") failed: " + e.getMessage());
        }
    }

    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") failed: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("MAX " + Integer.MAX_VALUE + " MIN " + Integer.MIN_VALUE + " SIZE " + Integer.SIZE);
        parse("0");
        parse("-0");
        parse("+42");
        parse("2147483647");
        parse("-2147483648");
        parse("2147483648");
        parse("12a");
        parse("");
        parse("-");
        parse(" 1");
        parse("ff", 16);
        parse("-FF", 16);
        parse("777", 8);
        parse("1010", 2);
        parse("zz", 36);
        parse("2", 2);
        parse("7fffffff", 16);
        parse("80000000", 16);
        int[] values = {0, 1, -1, 255, -256, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : values) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + ", oct " + Integer.toOctalString(v)
                + ", bin " + Integer.toBinaryString(v));
            System.out.println("  radix 36 " + Integer.toString(v, 36) + ", radix 7 " + Integer.toString(v, 7)
                + ", radix 2 " + Integer.toString(v, 2) + ", radix 99 " + Integer.toString(v, 99));
            System.out.println("  bitCount " + Integer.bitCount(v) + ", signum " + Integer.signum(v)
                + ", reverse " + Integer.reverse(v) + ", highestOneBit " + Integer.highestOneBit(v));
            System.out.println("  nlz " + Integer.numberOfLeadingZeros(v) + ", ntz " + Integer.numberOfTrailingZeros(v)
                + ", toString " + Integer.toString(v));
        }
        System.out.println("compare " + Integer.compare(1, 2) + " " + Integer.compare(2, 2) + " "
            + Integer.compare(Integer.MAX_VALUE, Integer.MIN_VALUE));
        int roundTrip = Integer.parseInt(Integer.toString(-123456789, 16), 16);
        System.out.println("round trip " + roundTrip);
    }
}
