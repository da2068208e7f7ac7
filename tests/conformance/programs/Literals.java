// Literal forms: decimal, hex, octal and binary integers with underscores,
// long suffixes, the extreme literals, floating literals in decimal and
// hexadecimal notation with suffixes, char escapes and Unicode escapes.
public class Literals {
    public static void main(String[] args) {
        System.out.println(1_000_000 + " " + 0x7fff_ffff + " " + 0xFF + " " + 017 + " " + 0b1010_1010 + " " + 0);
        System.out.println(0xFFFFFFFF + " " + 0x80000000 + " " + 037777777777 + " " + 0b11111111111111111111111111111111);
        System.out.println(-2147483648 + " " + 2147483647);
        System.out.println(9223372036854775807L + " " + -9223372036854775808L + " " + 0xFFFFFFFFFFFFFFFFL + " "
            + 0x8000000000000000L + " " + 01777777777777777777777L + " " + 0b1L + " " + 100l);
        System.out.println(1.5 + " " + 1.5f + " " + 1.5d + " " + 1e3 + " " + 1E-3 + " " + .5 + " " + 5. + " " + 1_0.0_1);
        System.out.println(0x1p3 + " " + 0x1.8p1 + " " + 0xAp-2f + " " + 0x1.fffffffffffffp1023 + " " + 0x0.0000000000001p-1022);
        System.out.println(3.4028235e38f + " " + 1.4e-45f + " " + 4.9e-324 + " " + 1.7976931348623157e308);
        System.out.println(1e0 + " " + 0e0 + " " + 0.0f + " " + 00.5);
        char[] escapes = {'\b', '\t', '\n', '\f', '\r', '\"', '\'', '\\', '\0', '\7', '\77', '\377', '\u0000', '\uFFFF'};
        for (char c : escapes) {
            System.out.print((int) c + " ");
        }
        System.out.println();
        System.out.println("tab[\t] quote[\"] apostrophe['] backslash[\\] octal[\101\102] unicode[\u0043\u0044]");
        String unicode = "\u0048\u0069";
        System.out.println(unicode + " " + unicode.length());
        char a = '\u0061';
        System.out.println(a + " " + (int) 'A' + " " + (int) '\u00e9' + " " + (int) '\uffff');
        System.out.println("length of escapes " + "\r\n\t".length() + " " + "\\u0041".length());
        int i = 'a' + 'b';
        long big = 1L << 62;
        System.out.println(i + " " + big + " " + (big + big) + " " + 1e308 * 10);
        boolean t = true;
        boolean f = false;
        Object n = null;
        System.out.println(t + " " + f + " " + n);
        System.out.println(Integer.toHexString(0xCAFE_BABE) + " " + Long.toHexString(0xDEAD_BEEF_0000_0001L));
        System.out.println(07 + 010 + 0x10 + 0b10);
    }
}
