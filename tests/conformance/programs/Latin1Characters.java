// Character classification and case mapping over all of Latin-1
// (U+0000-U+00FF), printed as codes: letters, digits, whitespace, case, and
// the mappings that leave Latin-1 (U+00B5 and U+00FF upper-case outside
// it); String case mapping of the same characters; Character.digit over
// ASCII.
public class Latin1Characters {
    static int flags(char c) {
        int f = 0;
        if (Character.isLetter(c)) {
            f |= 1;
        }
        if (Character.isDigit(c)) {
            f |= 2;
        }
        if (Character.isLetterOrDigit(c)) {
            f |= 4;
        }
        if (Character.isWhitespace(c)) {
            f |= 8;
        }
        if (Character.isUpperCase(c)) {
            f |= 16;
        }
        if (Character.isLowerCase(c)) {
            f |= 32;
        }
        return f;
    }

    public static void main(String[] args) {
        for (int row = 0; row < 256; row += 16) {
            StringBuilder sb = new StringBuilder();
            sb.append(Integer.toHexString(row)).append(':');
            for (int c = row; c < row + 16; c++) {
                sb.append(' ').append(flags((char) c));
            }
            System.out.println(sb);
        }
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int c = 0; c < 256; c++) {
            char u = Character.toUpperCase((char) c);
            char l = Character.toLowerCase((char) c);
            if (u != c) {
                upper.append(Integer.toHexString(c)).append('>').append(Integer.toHexString(u)).append(' ');
            }
            if (l != c) {
                lower.append(Integer.toHexString(c)).append('>').append(Integer.toHexString(l)).append(' ');
            }
        }
        System.out.println("upper: " + upper);
        System.out.println("lower: " + lower);
        System.out.println("int forms: " + Character.toUpperCase(0xe9) + " " + Character.toLowerCase(0xc9) + " "
            + Character.isLetter(0xaa) + " " + Character.isWhitespace(0xa0) + " " + Character.isDigit(0x39));
        String mixed = "Stra\u00dfe \u00e9t\u00e9 \u00ff \u00b5";
        String up = mixed.toUpperCase();
        String down = mixed.toLowerCase();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < up.length(); i++) {
            codes.append(Integer.toHexString(up.charAt(i))).append(' ');
        }
        System.out.println("toUpperCase length " + up.length() + ": " + codes);
        codes.setLength(0);
        for (int i = 0; i < down.length(); i++) {
            codes.append(Integer.toHexString(down.charAt(i))).append(' ');
        }
        System.out.println("toLowerCase length " + down.length() + ": " + codes);
        StringBuilder digits = new StringBuilder();
        for (int c = 0; c < 128; c++) {
            int d = Character.digit((char) c, 36);
            if (d >= 0) {
                digits.append(d).append(',');
            }
        }
        System.out.println("digits base 36: " + digits);
        System.out.println("equalsIgnoreCase " + "\u00e9T\u00c9".equalsIgnoreCase("\u00c9t\u00e9") + " " + "\u00ff".equalsIgnoreCase("\u0178"));
    }
}
