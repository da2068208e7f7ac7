// Parsing edges of Integer, Long, Short, Byte, Double, Float and Boolean:
// signs, leading zeros, the extreme values in every radix, overflow just
// past the limits, whitespace, suffixes and special floating spellings,
// with Java's NumberFormatException messages.
public class ParseCorners {
    static void i(String s, int radix) {
        try {
            System.out.println("int(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("int(\"" + s + "\", " + radix + "): " + e.getMessage());
        }
    }

    static void l(String s) {
        try {
            System.out.println("long(\"" + s + "\") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("long(\"" + s + "\"): " + e.getMessage());
        }
    }

    static void d(String s) {
        try {
            System.out.println("double(\"" + s + "\") = " + Double.parseDouble(s) + ", float " + Float.parseFloat(s));
        } catch (NumberFormatException e) {
            System.out.println("double(\"" + s + "\"): " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        i("+0", 10);
        i("-0", 10);
        i("000123", 10);
        i("+", 10);
        i("++1", 10);
        i("-2147483649", 10);
        i("2147483648", 10);
        i("-80000000", 16);
        i("-80000001", 16);
        i("zik0zj", 36);
        i("zik0zk", 36);
        i("-11111111111111111111111111111111", 2);
        i("Z", 36);
        i("1", 1);
        i("12 ", 10);
        System.out.println(Integer.toString(Integer.MIN_VALUE, 36) + " " + Integer.toString(Integer.MIN_VALUE, 2).length()
            + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 16) + " " + Integer.toString(10, 37));
        l("-9223372036854775809");
        l("9223372036854775807");
        l("+9223372036854775807");
        l("0x10");
        l("1_000");
        System.out.println(Long.toString(Long.MIN_VALUE, 36) + " " + Long.toString(Long.MAX_VALUE, 2).length()
            + " " + Long.parseLong("-1y2p0ij32e8e8", 36) + " " + Long.parseLong("7fffffffffffffff", 16));
        try {
            Short.parseShort("32768");
        } catch (NumberFormatException e) {
            System.out.println("short: " + e.getMessage());
        }
        try {
            Byte.parseByte("-129");
        } catch (NumberFormatException e) {
            System.out.println("byte: " + e.getMessage());
        }
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Short.parseShort("+12"));
        d("1");
        d("-1.");
        d(".1e1");
        d("1e-400");
        d("1e39");
        d("+Infinity");
        d("-NaN");
        d(" \t3.5\n");
        d("1.5D");
        d("1.5F");
        d("0x1.8p1");
        d("0X10P-2");
        d("4.9e-324");
        d("2.4703282292062327e-324");
        d("2.4703282292062328e-324");
        d("1.0000001");
        d("");
        d("1e");
        d("e5");
        d(".");
        d("Infinityx");
        d("1.5 e3");
        System.out.println(Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean(" true") + " " + Boolean.parseBoolean("1")
            + " " + Boolean.parseBoolean(""));
    }
}
