// java.util.Arrays: fill, sort (with -0.0 and NaN for doubles), copyOf
// (truncating and padding), copyOfRange, equals and toString for the
// element types the library provides; System.arraycopy with overlap.
import java.util.Arrays;

public class ArraysMethods {
    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, -3, Integer.MAX_VALUE, Integer.MIN_VALUE, 7};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints));
        long[] longs = {3L, -1L, Long.MIN_VALUE, 0L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        double[] ds = {3.5, Double.NaN, -0.0, 0.0, -1e300, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        char[] cs = "conformance".toCharArray();
        Arrays.sort(cs);
        System.out.println(Arrays.toString(cs) + " " + new String(cs));
        byte[] bs = {5, -128, 127, 0};
        Arrays.sort(bs);
        System.out.println(bs[0] + " " + bs[1] + " " + bs[2] + " " + bs[3]);
        short[] ss = {300, -300, 0};
        Arrays.sort(ss);
        System.out.println(ss[0] + " " + ss[1] + " " + ss[2]);
        float[] fs = {Float.NaN, 2f, -0.0f, 0.0f, -2f};
        Arrays.sort(fs);
        System.out.println(fs[0] + " " + fs[1] + " " + fs[2] + " " + fs[3] + " " + fs[4]);
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        System.out.println(Arrays.toString(filled));
        boolean[] flags = new boolean[3];
        Arrays.fill(flags, true);
        System.out.println(flags[0] + " " + flags[2]);
        double[] dfill = new double[2];
        Arrays.fill(dfill, 0.1);
        System.out.println(Arrays.toString(dfill));
        int[] shorter = Arrays.copyOf(ints, 3);
        int[] longer = Arrays.copyOf(shorter, 6);
        System.out.println(Arrays.toString(shorter) + " " + Arrays.toString(longer));
        int[] range = Arrays.copyOfRange(ints, 2, 5);
        int[] past = Arrays.copyOfRange(ints, 6, 10);
        System.out.println(Arrays.toString(range) + " " + Arrays.toString(past));
        char[] ccopy = Arrays.copyOf(cs, 4);
        long[] lcopy = Arrays.copyOfRange(longs, 1, 3);
        double[] dcopy = Arrays.copyOf(ds, 3);
        System.out.println(Arrays.toString(ccopy) + " " + Arrays.toString(lcopy) + " " + Arrays.toString(dcopy));
        System.out.println("equals " + Arrays.equals(shorter, Arrays.copyOf(ints, 3)) + " "
            + Arrays.equals(shorter, longer) + " " + Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN})
            + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}) + " " + Arrays.equals((int[]) null, null));
        int[] none = null;
        System.out.println("toString null " + Arrays.toString(none) + ", empty " + Arrays.toString(new int[0]));
        int[] overlap = {1, 2, 3, 4, 5, 6};
        System.arraycopy(overlap, 0, overlap, 2, 4);
        System.out.println("overlap right " + Arrays.toString(overlap));
        int[] overlap2 = {1, 2, 3, 4, 5, 6};
        System.arraycopy(overlap2, 2, overlap2, 0, 4);
        System.out.println("overlap left " + Arrays.toString(overlap2));
        try {
            System.arraycopy(overlap, 4, overlap, 0, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("arraycopy out of range: IndexOutOfBoundsException");
        }
        int[] big = new int[2000];
        int seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = seed >> 8;
        }
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) {
            if (big[i - 1] > big[i]) {
                sorted = false;
            }
        }
        System.out.println("sorted " + sorted + " min " + big[0] + " max " + big[big.length - 1] + " median " + big[1000]);
    }
}
