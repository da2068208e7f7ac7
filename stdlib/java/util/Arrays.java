package java.util;

/**
 * Static helpers for arrays of primitives: fill, copy, sort, compare and
 * print. Sorting copies the values into longs whose order is the element
 * type's and runs one quicksort (median of three, insertion sort for short
 * ranges); it is not stable, which cannot be observed for primitives. Floating-point values sort as Java sorts them: -0.0 before
 * 0.0, NaN last.
 */
public final class Arrays {

    /** Ranges this short are sorted by insertion. */
    private static final int INSERTION_SORT_THRESHOLD = 24;

    private Arrays() {
    }

    /** Sets every element to {@code val}. */
    public static void fill(int[] a, int val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(long[] a, long val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(double[] a, double val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(char[] a, char val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(byte[] a, byte val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(short[] a, short val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(float[] a, float val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets every element to {@code val}. */
    public static void fill(boolean[] a, boolean val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Returns a copy of length {@code newLength}: truncated, or padded with zeros. */
    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** Returns a copy of length {@code newLength}: truncated, or padded with zeros. */
    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** Returns a copy of length {@code newLength}: truncated, or padded with zeros. */
    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** Returns a copy of length {@code newLength}: truncated, or padded with NUL chars. */
    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /**
     * Returns elements {@code from} up to {@code to} of {@code original}, padded
     * with zeros where {@code to} is past its end.
     *
     * @throws IllegalArgumentException if from > to
     * @throws ArrayIndexOutOfBoundsException if from < 0 or from > original.length
     */
    public static int[] copyOfRange(int[] original, int from, int to) {
        int[] copy = new int[rangeLength(from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    /** As {@link #copyOfRange(int[], int, int)}. */
    public static long[] copyOfRange(long[] original, int from, int to) {
        long[] copy = new long[rangeLength(from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    /** As {@link #copyOfRange(int[], int, int)}. */
    public static double[] copyOfRange(double[] original, int from, int to) {
        double[] copy = new double[rangeLength(from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    /** As {@link #copyOfRange(int[], int, int)}. */
    public static char[] copyOfRange(char[] original, int from, int to) {
        char[] copy = new char[rangeLength(from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    private static int rangeLength(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        return to - from;
    }

    /** Sorts into ascending order. */
    public static void sort(int[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = a[i];
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) keys[i];
        }
    }

    /** Sorts into ascending order. */
    public static void sort(long[] a) {
        sortRange(a, 0, a.length - 1);
    }

    /** Sorts into ascending numerical order: -0.0 before 0.0, NaN last. */
    public static void sort(double[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = orderedKey(Double.doubleToLongBits(a[i]));
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = Double.longBitsToDouble(orderedKey(keys[i]));
        }
    }

    /** Sorts into ascending numerical order: -0.0f before 0.0f, NaN last. */
    public static void sort(float[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = orderedKey(Double.doubleToLongBits(a[i]));
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) Double.longBitsToDouble(orderedKey(keys[i]));
        }
    }

    /** Sorts into ascending numerical order. */
    public static void sort(char[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = a[i];
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (char) keys[i];
        }
    }

    /** Sorts into ascending numerical order. */
    public static void sort(byte[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = a[i];
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) keys[i];
        }
    }

    /** Sorts into ascending numerical order. */
    public static void sort(short[] a) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = a[i];
        }
        sortRange(keys, 0, keys.length - 1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (short) keys[i];
        }
    }

    /**
     * Maps IEEE 754 bits to a long whose signed order is the total order
     * Java sorts doubles by; applied twice it gives the bits back.
     */
    private static long orderedKey(long bits) {
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    /** Sorts a[low..high] inclusive; recurses on the smaller part so the stack stays O(log n). */
    private static void sortRange(long[] a, int low, int high) {
        while (high - low >= INSERTION_SORT_THRESHOLD) {
            int middle = (low + high) >>> 1;
            if (a[middle] < a[low]) {
                swap(a, middle, low);
            }
            if (a[high] < a[low]) {
                swap(a, high, low);
            }
            if (a[high] < a[middle]) {
                swap(a, high, middle);
            }
            long pivot = a[middle];
            int i = low;
            int j = high;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - low < high - i) {
                sortRange(a, low, j);
                low = i;
            } else {
                sortRange(a, i, high);
                high = j;
            }
        }
        for (int i = low + 1; i <= high; i++) {
            long value = a[i];
            int j = i - 1;
            while (j >= low && a[j] > value) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = value;
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Returns true if both are null, or both have the same elements in order. */
    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns true if both are null, or both have the same elements in order. */
    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns true if both are null, or both have the same elements in order,
     * compared by {@link Double#doubleToLongBits(double)}: NaN equals NaN and
     * 0.0 differs from -0.0.
     */
    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])) {
                return false;
            }
        }
        return true;
    }

    /** Returns true if both are null, or both have the same elements in order. */
    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns "[a0, a1, ...]", or "null" for null. */
    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ", ").append(a[i]);
        }
        return b.append(']').toString();
    }

    /** Returns "[a0, a1, ...]", or "null" for null. */
    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ", ").append(a[i]);
        }
        return b.append(']').toString();
    }

    /** Returns "[a0, a1, ...]" with {@link Double#toString(double)}, or "null" for null. */
    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ", ").append(a[i]);
        }
        return b.append(']').toString();
    }

    /** Returns "[c0, c1, ...]", or "null" for null. */
    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ", ").append(a[i]);
        }
        return b.append(']').toString();
    }
}
