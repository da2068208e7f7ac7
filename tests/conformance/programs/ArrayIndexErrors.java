// ArrayIndexOutOfBoundsException on reads and writes of every element type,
// with Java's message "Index i out of bounds for length n", and
// NegativeArraySizeException with the size as message.
public class ArrayIndexErrors {
    static int[] ints = new int[3];

    static void readInt(int i) {
        try {
            System.out.println("ints[" + i + "] = " + ints[i]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("read " + i + ": " + e.getMessage());
        }
    }

    static void allocate(int n) {
        try {
            int[] a = new int[n];
            System.out.println("allocated " + a.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new int[" + n + "]: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        readInt(0);
        readInt(2);
        readInt(3);
        readInt(5);
        readInt(-1);
        readInt(Integer.MIN_VALUE);
        try {
            ints[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("write int: " + e.getMessage());
        }
        long[] longs = new long[2];
        try {
            longs[2] = 1L;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("write long: " + e.getMessage());
        }
        String[] strings = new String[4];
        try {
            strings[-2] = "x";
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("write String: " + e.getMessage());
        }
        char[] chars = new char[0];
        try {
            System.out.println(chars[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("read empty: " + e.getMessage());
        }
        byte[] bytes = new byte[10];
        try {
            bytes[10]++;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("increment byte: " + e.getMessage());
        }
        double[][] grid = new double[2][3];
        try {
            grid[1][3] = 1.0;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("inner: " + e.getMessage());
        }
        try {
            grid[2][0] = 1.0;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("outer: " + e.getMessage());
        }
        try {
            ints[5] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("as IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            ints[4] = 1;
        } catch (RuntimeException e) {
            System.out.println("toString: " + e.toString());
        }
        int index = 0;
        int[] small = new int[2];
        try {
            small[index++] = index;
            small[index++] = index;
            small[index++] = index;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("index advanced to " + index + ", small " + small[0] + " " + small[1]
                + ": " + e.getMessage());
        }
        allocate(0);
        allocate(5);
        allocate(-1);
        allocate(-100);
        try {
            int[][] m = new int[2][-3];
            System.out.println(m.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new int[2][-3]: " + e.getMessage());
        }
        try {
            Object[] objs = new Object[-7];
            System.out.println(objs.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("toString: " + e);
        }
        int sum = 0;
        for (int i = 0; ; i++) {
            try {
                sum += ints[i] + i;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("loop ended at " + i + " sum " + sum);
                break;
            }
        }
    }
}
