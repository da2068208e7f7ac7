// Character, Short, Byte and Boolean static methods over the Latin-1 range.
public class CharacterStatics {
    public static void main(String[] args) {
        String sample = "aZ09 _\t\n!";
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            System.out.println((int) c + ": digit " + Character.isDigit(c) + ", letter " + Character.isLetter(c)
                + ", letterOrDigit " + Character.isLetterOrDigit(c) + ", space " + Character.isWhitespace(c)
                + ", upper " + Character.isUpperCase(c) + ", lower " + Character.isLowerCase(c)
                + ", toUpper " + (int) Character.toUpperCase(c) + ", toLower " + (int) Character.toLowerCase(c));
        }
        int letters = 0;
        int digits = 0;
        int spaces = 0;
        int uppers = 0;
        for (int c = 0; c < 128; c++) {
            if (Character.isLetter(c)) {
                letters++;
            }
            if (Character.isDigit(c)) {
                digits++;
            }
            if (Character.isWhitespace(c)) {
                spaces++;
            }
            if (Character.isUpperCase(c)) {
                uppers++;
            }
        }
        System.out.println("ascii letters " + letters + ", digits " + digits + ", spaces " + spaces + ", uppers " + uppers);
        System.out.println("toUpperCase('q') " + Character.toUpperCase('q') + ", toLowerCase('Q') " + Character.toLowerCase('Q'));
        System.out.println("toUpperCase(int 98) " + Character.toUpperCase(98));
        System.out.println("digit('7', 10) " + Character.digit('7', 10) + ", digit('f', 16) " + Character.digit('f', 16)
            + ", digit('z', 36) " + Character.digit('z', 36) + ", digit('9', 8) " + Character.digit('9', 8)
            + ", digit('G', 16) " + Character.digit('G', 16));
        System.out.println("forDigit(11, 16) " + Character.forDigit(11, 16) + ", forDigit(5, 10) " + Character.forDigit(5, 10)
            + ", forDigit(35, 36) " + Character.forDigit(35, 36) + ", forDigit(10, 10) " + (int) Character.forDigit(10, 10));
        System.out.println("MIN_RADIX " + Character.MIN_RADIX + " MAX_RADIX " + Character.MAX_RADIX
            + " SIZE " + Character.SIZE + " MIN_VALUE " + (int) Character.MIN_VALUE + " MAX_VALUE " + (int) Character.MAX_VALUE);
        System.out.println("Short " + Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.SIZE
            + " parse " + Short.parseShort("-1234") + " " + Short.parseShort("7f", 16) + " toString " + Short.toString((short) 77)
            + " compare " + Short.compare((short) 1, (short) 5));
        System.out.println("Byte " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.SIZE
            + " parse " + Byte.parseByte("-128") + " " + Byte.parseByte("11", 2) + " toString " + Byte.toString((byte) -5)
            + " compare " + Byte.compare((byte) 5, (byte) -5));
        try {
            System.out.println(Byte.parseByte("200"));
        } catch (NumberFormatException e) {
            System.out.println("parseByte(200): " + e.getMessage());
        }
        try {
            System.out.println(Short.parseShort("40000"));
        } catch (NumberFormatException e) {
            System.out.println("parseShort(40000): " + e.getMessage());
        }
        System.out.println("Boolean " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes")
            + " " + Boolean.parseBoolean(null) + " " + Boolean.toString(false));
        StringBuilder caps = new StringBuilder();
        String words = "the quick brown fox";
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            caps.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c);
        }
        System.out.println(caps);
    }
}
