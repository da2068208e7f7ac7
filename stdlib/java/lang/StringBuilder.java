package java.lang;

/**
 * A mutable sequence of chars over a growable array, for building strings
 * piece by piece.
 */
public final class StringBuilder {

    private char[] value;
    private int count;

    /** Constructs an empty builder with room for 16 chars. */
    public StringBuilder() {
        value = new char[16];
    }

    /** Constructs an empty builder with room for {@code capacity} chars. */
    public StringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(String.valueOf(capacity));
        }
        value = new char[capacity];
    }

    /** Constructs a builder holding the chars of {@code str}. */
    public StringBuilder(String str) {
        value = new char[str.length() + 16];
        append(str);
    }

    /** Returns the number of chars. */
    public int length() {
        return count;
    }

    /** Returns the char at {@code index}. */
    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    /** Replaces the char at {@code index}. */
    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    /** Truncates, or pads with NUL chars, to {@code newLength} chars. */
    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\u0000';
        }
        count = newLength;
    }

    /** Appends "null" or the string's chars. */
    public StringBuilder append(String str) {
        if (str == null) {
            str = "null";
        }
        int length = str.length();
        ensureCapacity(count + length);
        for (int i = 0; i < length; i++) {
            value[count + i] = str.charAt(i);
        }
        count += length;
        return this;
    }

    /** Appends {@code String.valueOf(obj)}. */
    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    /** Appends the chars of the array. */
    public StringBuilder append(char[] str) {
        ensureCapacity(count + str.length);
        System.arraycopy(str, 0, value, count, str.length);
        count += str.length;
        return this;
    }

    /** Appends "true" or "false". */
    public StringBuilder append(boolean b) {
        return append(String.valueOf(b));
    }

    /** Appends one char. */
    public StringBuilder append(char c) {
        ensureCapacity(count + 1);
        value[count++] = c;
        return this;
    }

    /** Appends the decimal form. */
    public StringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    /** Appends the decimal form. */
    public StringBuilder append(long l) {
        return append(Long.toString(l));
    }

    /** Appends {@link Float#toString(float)}. */
    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    /** Appends {@link Double#toString(double)}. */
    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }

    /** Inserts "null" or the string's chars before position {@code offset}. */
    public StringBuilder insert(int offset, String str) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
        if (str == null) {
            str = "null";
        }
        int length = str.length();
        ensureCapacity(count + length);
        System.arraycopy(value, offset, value, offset + length, count - offset);
        for (int i = 0; i < length; i++) {
            value[offset + i] = str.charAt(i);
        }
        count += length;
        return this;
    }

    /** Removes the char at {@code index}. */
    public StringBuilder deleteCharAt(int index) {
        checkIndex(index);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    /**
     * Reverses the chars; a surrogate pair stays in order, as one character,
     * as in Java.
     */
    public StringBuilder reverse() {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char c = value[i];
            value[i] = value[j];
            value[j] = c;
        }
        for (int i = 0; i + 1 < count; i++) {
            char low = value[i];
            char high = value[i + 1];
            if (low >= '\uDC00' && low <= '\uDFFF' && high >= '\uD800' && high <= '\uDBFF') {
                value[i] = high;
                value[i + 1] = low;
                i++;
            }
        }
        return this;
    }

    /** Returns a new String holding the current chars. */
    public String toString() {
        return new String(value, 0, count);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
    }

    private void ensureCapacity(int minimum) {
        if (minimum <= value.length) {
            return;
        }
        char[] larger = new char[Math.max(minimum, 2 * value.length + 2)];
        System.arraycopy(value, 0, larger, 0, count);
        value = larger;
    }
}
