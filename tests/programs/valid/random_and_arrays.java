// java.util.Random with a seed reproduces Java's exact sequence;
// java.util.Arrays sorts, fills, copies, compares and prints arrays.
import java.util.Arrays;
import java.util.Random;

class RandomAndArrays {
    public static void main(String[] args) {
        Random r = new Random(42);
        System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextBoolean());
        System.out.println(r.nextDouble() + " " + r.nextFloat() + " " + r.nextGaussian());
        r.setSeed(7);
        int[] values = new int[8];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextInt(50) - 10;
        }
        System.out.println(Arrays.toString(values));
        int[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        System.out.println(Arrays.equals(values, sorted) + " " + Arrays.equals(sorted, sorted.clone()));
        int[] middle = Arrays.copyOfRange(sorted, 2, 5);
        System.out.println(Arrays.toString(middle));
        int[] longer = Arrays.copyOf(middle, 5);
        System.out.println(Arrays.toString(longer));
        double[] ds = {3.5, -1.0, 2.25};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        char[] cs = new char[3];
        Arrays.fill(cs, 'z');
        System.out.println(Arrays.toString(cs) + " " + String.valueOf(cs));
        long[] ls = new long[2];
        Arrays.fill(ls, -1L);
        System.out.println(Arrays.toString(ls));
        java.util.Random qualified = new java.util.Random(1);
        System.out.println(qualified.nextInt(10));
    }
}
