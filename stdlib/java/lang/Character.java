package java.lang;

/**
 * Static helpers for chars. Classification and case mapping are exact for
 * Latin-1 (U+0000 to U+00FF), where they agree with Java; every char above
 * U+00FF is treated as neither a letter, a digit, whitespace nor cased, and
 * is returned unchanged by the case mappings.
 */
public final class Character {

    /** The smallest char, U+0000. */
    public static final char MIN_VALUE = '\u0000';
    /** The largest char, U+FFFF. */
    public static final char MAX_VALUE = '\uffff';
    /** The smallest radix for {@link #digit(char, int)} and {@link #forDigit(int, int)}. */
    public static final int MIN_RADIX = 2;
    /** The largest radix for {@link #digit(char, int)} and {@link #forDigit(int, int)}. */
    public static final int MAX_RADIX = 36;
    /** The number of bits in a char. */
    public static final int SIZE = 16;

    private Character() {
    }

    /** Returns true for '0' to '9'. */
    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    /** Returns true for '0' to '9'. */
    public static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /** Returns true for the Latin-1 letters: A-Z, a-z, and the letters from U+00AA up. */
    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    /** Returns true for the Latin-1 letters: A-Z, a-z, and the letters from U+00AA up. */
    public static boolean isLetter(int codePoint) {
        return isUpperCase(codePoint) || isLowerCase(codePoint);
    }

    /** Returns true for a letter or a digit. */
    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    /** Returns true for a letter or a digit. */
    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    /**
     * Returns true for Java whitespace in Latin-1: space, tab, line feed,
     * vertical tab, form feed, carriage return and U+001C to U+001F (not the
     * no-break space).
     */
    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** As {@link #isWhitespace(char)}. */
    public static boolean isWhitespace(int codePoint) {
        return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D)
            || (codePoint >= 0x1C && codePoint <= 0x1F);
    }

    /** Returns true for A-Z and the Latin-1 capitals U+00C0 to U+00DE except U+00D7. */
    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    /** As {@link #isUpperCase(char)}. */
    public static boolean isUpperCase(int codePoint) {
        return (codePoint >= 'A' && codePoint <= 'Z')
            || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7);
    }

    /**
     * Returns true for a-z, U+00AA, U+00B5, U+00BA and U+00DF to U+00FF
     * except U+00F7.
     */
    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** As {@link #isLowerCase(char)}. */
    public static boolean isLowerCase(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || codePoint == 0xAA || codePoint == 0xB5
            || codePoint == 0xBA || (codePoint >= 0xDF && codePoint <= 0xFF && codePoint != 0xF7);
    }

    /**
     * Returns the upper-case form: exact for Latin-1, including U+00B5 to
     * U+039C and U+00FF to U+0178; the sharp s has none and is unchanged.
     */
    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** As {@link #toUpperCase(char)}. */
    public static int toUpperCase(int codePoint) {
        if (codePoint >= 'a' && codePoint <= 'z') {
            return codePoint - 32;
        }
        if (codePoint >= 0xE0 && codePoint <= 0xFE && codePoint != 0xF7) {
            return codePoint - 32;
        }
        if (codePoint == 0xB5) {
            return 0x39C;
        }
        return codePoint == 0xFF ? 0x178 : codePoint;
    }

    /** Returns the lower-case form of A-Z and the Latin-1 capitals. */
    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    /** As {@link #toLowerCase(char)}. */
    public static int toLowerCase(int codePoint) {
        boolean upper = (codePoint >= 'A' && codePoint <= 'Z')
            || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7);
        return upper ? codePoint + 32 : codePoint;
    }

    /**
     * Returns the value of {@code ch} as a digit in {@code radix} ('0'-'9',
     * then 'a'-'z' or 'A'-'Z' for 10 to 35), or -1 if it is not one or the
     * radix is outside 2 to 36.
     */
    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /** As {@link #digit(char, int)}. */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value = -1;
        if (codePoint >= '0' && codePoint <= '9') {
            value = codePoint - '0';
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            value = codePoint - 'a' + 10;
        } else if (codePoint >= 'A' && codePoint <= 'Z') {
            value = codePoint - 'A' + 10;
        }
        return value < radix ? value : -1;
    }

    /**
     * Returns the char for {@code digit} in {@code radix} ('0'-'9', then
     * 'a'-'z'), or U+0000 if the digit or the radix is out of range.
     */
    public static char forDigit(int digit, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX || digit < 0 || digit >= radix) {
            return '\u0000';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' + digit - 10);
    }
}
