// Literal forms: decimal, hex, octal and binary integers with underscores,
// long suffixes, floating literals with exponents, suffixes and hex floats,
// character and string escapes including octal and Unicode escapes.
class Literals {
    public static void main(String[] args) {
        System.out.println(1_000_000 + " " + 0x7FFF_FFFF + " " + 0xFFFFFFFF + " " + 017 + " " + 0b1011);
        System.out.println(0x8000_0000_0000_0000L + " " + 0777L + " " + 0b1L + " " + 2147483648L);
        System.out.println(1.5e3 + " " + 1.5E-3 + " " + .5 + " " + 5. + " " + 1e0 + " " + 2f + " " + 3d + " " + 1_0.0_1);
        System.out.println(0x1p4 + " " + 0x1.8p1 + " " + 0xAp-2f);
        System.out.println(1.7976931348623157e308 + " " + 4.9e-324 + " " + 3.4028235e38f + " " + 1.4e-45f);
        System.out.println("tab\there \"quoted\" back\\slash new\\n");
        System.out.println("octal \101\102\7x \60 unicode \u0041\u00e9".length());
        System.out.println('\u0041' + " " + '\101' + " " + (int) '\r' + " " + (int) '\b' + " " + (int) '\f');
        System.out.println("" + '\n' + '|');
        System.out.println(0 + " " + 00 + " " + 0x0 + " " + 0L + " " + 0.0f + " " + -0.0);
    }
}
