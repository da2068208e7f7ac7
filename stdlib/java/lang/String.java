package java.lang;

/**
 * An immutable sequence of UTF-16 chars. String literals are String objects
 * that the compiler lays out in the heap with the same two fields, so the
 * runtime relies on their order: {@code value}, then {@code hash}.
 * Case mapping and {@link #trim()} follow {@link Character}: exact for
 * Latin-1, other chars unchanged.
 */
public final class String implements Comparable {

    private final char[] value;
    /** The cached hash code; 0 until first computed (as in Java). */
    private int hash;

    /** Constructs the empty string. */
    public String() {
        this.value = new char[0];
    }

    /** Constructs a string holding a copy of the chars. */
    public String(char[] value) {
        this(value, 0, value.length);
    }

    /**
     * Constructs a string holding a copy of {@code count} chars starting at
     * {@code offset}.
     */
    public String(char[] value, int offset, int count) {
        if (offset < 0 || count < 0 || offset > value.length - count) {
            throw new StringIndexOutOfBoundsException(
                "offset " + offset + ", count " + count + ", length " + value.length);
        }
        char[] copy = new char[count];
        System.arraycopy(value, offset, copy, 0, count);
        this.value = copy;
    }

    /** Constructs a string equal to the original. */
    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    /** Adopts {@code value} without copying; the caller gives it up. */
    String(char[] value, boolean shared) {
        this.value = value;
    }

    /** Returns the number of chars. */
    public int length() {
        return value.length;
    }

    /** Returns true if the length is 0. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Returns the char at {@code index}. */
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return value[index];
    }

    /** Returns true if {@code anObject} is a String with the same chars. */
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        if (other.length != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns true if the strings have the same length and each pair of chars
     * is equal after {@link Character#toUpperCase(char)} or
     * {@link Character#toLowerCase(char)}.
     */
    public boolean equalsIgnoreCase(String anotherString) {
        if (anotherString == null || anotherString.value.length != value.length) {
            return false;
        }
        char[] other = anotherString.value;
        for (int i = 0; i < value.length; i++) {
            char a = value[i];
            char b = other[i];
            if (a == b) {
                continue;
            }
            char upperA = Character.toUpperCase(a);
            char upperB = Character.toUpperCase(b);
            if (upperA != upperB
                && Character.toLowerCase(upperA) != Character.toLowerCase(upperB)) {
                return false;
            }
        }
        return true;
    }

    /** Returns s[0]*31^(n-1) + s[1]*31^(n-2) + ... + s[n-1], as Java does. */
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < value.length; i++) {
                h = 31 * h + value[i];
            }
            hash = h;
        }
        return h;
    }

    /**
     * Compares lexicographically by char value: the difference of the first
     * differing chars, else the difference of the lengths.
     */
    public int compareTo(String anotherString) {
        char[] other = anotherString.value;
        int common = Math.min(value.length, other.length);
        for (int i = 0; i < common; i++) {
            if (value[i] != other[i]) {
                return value[i] - other[i];
            }
        }
        return value.length - other.length;
    }

    /** Compares with another String; throws ClassCastException otherwise. */
    public int compareTo(Object o) {
        return compareTo((String) o);
    }

    /** Returns the index of the first occurrence of the character, or -1. */
    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    /**
     * Returns the index of the first occurrence of the character at or after
     * {@code fromIndex}, or -1. A supplementary code point is searched for as
     * its surrogate pair.
     */
    public int indexOf(int ch, int fromIndex) {
        if (ch > 0xFFFF) {
            return ch > 0x10FFFF ? -1 : indexOf(surrogatePair(ch), fromIndex);
        }
        for (int i = Math.max(fromIndex, 0); i < value.length; i++) {
            if (value[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of the first occurrence of {@code str}, or -1. */
    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    /** Returns the index of the first occurrence of {@code str} at or after {@code fromIndex}, or -1. */
    public int indexOf(String str, int fromIndex) {
        // Java finds the empty string even past the end, at the length.
        int start = Math.min(Math.max(fromIndex, 0), value.length);
        for (int i = start; i <= value.length - str.value.length; i++) {
            if (regionMatches(i, str)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of the last occurrence of the character, or -1. */
    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    /** Returns the index of the last occurrence of the character at or before {@code fromIndex}, or -1. */
    public int lastIndexOf(int ch, int fromIndex) {
        if (ch > 0xFFFF) {
            return ch > 0x10FFFF ? -1 : lastIndexOf(surrogatePair(ch), fromIndex);
        }
        for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--) {
            if (value[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of the last occurrence of {@code str}, or -1. */
    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    /** Returns the index of the last occurrence of {@code str} at or before {@code fromIndex}, or -1. */
    public int lastIndexOf(String str, int fromIndex) {
        for (int i = Math.min(fromIndex, value.length - str.value.length); i >= 0; i--) {
            if (regionMatches(i, str)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the substring from {@code beginIndex} to the end. */
    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    /** Returns the chars from {@code beginIndex} up to but excluding {@code endIndex}. */
    public String substring(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new StringIndexOutOfBoundsException(
                "begin " + beginIndex + ", end " + endIndex + ", length " + value.length);
        }
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    /** Returns this string followed by {@code str}. */
    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        char[] chars = new char[value.length + str.value.length];
        System.arraycopy(value, 0, chars, 0, value.length);
        System.arraycopy(str.value, 0, chars, value.length, str.value.length);
        return new String(chars, true);
    }

    /** Returns true if this string starts with {@code prefix}. */
    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    /** Returns true if {@code prefix} occurs at {@code toffset}. */
    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        return regionMatches(toffset, prefix);
    }

    /** Returns true if this string ends with {@code suffix}. */
    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    /** Returns true if {@code s} occurs in this string. */
    public boolean contains(String s) {
        return indexOf(s, 0) >= 0;
    }

    /** Returns this string without leading and trailing chars at or below ' '. */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** Returns a new array holding this string's chars. */
    public char[] toCharArray() {
        char[] chars = new char[value.length];
        System.arraycopy(value, 0, chars, 0, value.length);
        return chars;
    }

    /**
     * Returns this string with every char mapped by
     * {@link Character#toUpperCase(char)}, except that the sharp s becomes
     * "SS" as in Java.
     */
    public String toUpperCase() {
        int sharpS = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == '\u00DF') {
                sharpS++;
            }
        }
        char[] chars = new char[value.length + sharpS];
        int j = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c == '\u00DF') {
                chars[j++] = 'S';
                chars[j++] = 'S';
            } else {
                chars[j++] = Character.toUpperCase(c);
            }
        }
        return new String(chars, true);
    }

    /** Returns this string with every char mapped by {@link Character#toLowerCase(char)}. */
    public String toLowerCase() {
        char[] chars = new char[value.length];
        for (int i = 0; i < value.length; i++) {
            chars[i] = Character.toLowerCase(value[i]);
        }
        return new String(chars, true);
    }

    /** Returns this string with every {@code oldChar} replaced by {@code newChar}. */
    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar, 0) < 0) {
            return this;
        }
        char[] chars = toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == oldChar) {
                chars[i] = newChar;
            }
        }
        return new String(chars, true);
    }

    /**
     * Splits around each occurrence of {@code separator}, dropping trailing
     * empty strings, as Java's split(String). Unlike Java the separator is
     * taken literally, not as a regular expression; the results agree for
     * separators without regex metacharacters. An empty separator splits
     * into single chars.
     */
    public String[] split(String separator) {
        if (separator.value.length == 0) {
            String[] chars = new String[value.length == 0 ? 1 : value.length];
            chars[0] = "";
            for (int i = 0; i < value.length; i++) {
                chars[i] = valueOf(value[i]);
            }
            return chars;
        }
        int pieces = 1;
        for (int at = indexOf(separator, 0); at >= 0; at = indexOf(separator, at + separator.value.length)) {
            pieces++;
        }
        if (pieces == 1) {
            return new String[] {this};
        }
        String[] parts = new String[pieces];
        int begin = 0;
        for (int i = 0; i < pieces - 1; i++) {
            int end = indexOf(separator, begin);
            parts[i] = substring(begin, end);
            begin = end + separator.value.length;
        }
        parts[pieces - 1] = substring(begin);
        while (pieces > 0 && parts[pieces - 1].value.length == 0) {
            pieces--;
        }
        if (pieces == parts.length) {
            return parts;
        }
        String[] kept = new String[pieces];
        System.arraycopy(parts, 0, kept, 0, pieces);
        return kept;
    }

    /** Returns this string itself. */
    public String toString() {
        return this;
    }

    /** Returns "true" or "false". */
    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** Returns a string of the one char. */
    public static String valueOf(char c) {
        char[] chars = {c};
        return new String(chars, true);
    }

    /** Returns the decimal form, as {@link Integer#toString(int)}. */
    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    /** Returns the decimal form, as {@link Long#toString(long)}. */
    public static String valueOf(long l) {
        return Long.toString(l);
    }

    /** Returns Java's shortest round-trip form, as {@link Float#toString(float)}. */
    public static String valueOf(float f) {
        return Float.toString(f);
    }

    /** Returns Java's shortest round-trip form, as {@link Double#toString(double)}. */
    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** Returns a string holding a copy of the chars. */
    public static String valueOf(char[] data) {
        return new String(data);
    }

    /** Returns "null" for null, else {@code obj.toString()}. */
    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    /** True if {@code str} occurs at {@code offset}; the caller checks the range. */
    private boolean regionMatches(int offset, String str) {
        char[] other = str.value;
        for (int i = 0; i < other.length; i++) {
            if (value[offset + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-16 surrogate pair of a supplementary code point. */
    private static String surrogatePair(int codePoint) {
        int offset = codePoint - 0x10000;
        char[] pair = {(char) (0xD800 + (offset >>> 10)), (char) (0xDC00 + (offset & 0x3FF))};
        return new String(pair, true);
    }
}
