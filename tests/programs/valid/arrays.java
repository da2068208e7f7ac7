// One-dimensional arrays: default values, initialisers, length, clone(),
// arrays of references and their covariance, and an index out of range.
class Arrays1 {
    public static void main(String[] args) {
        int[] ints = new int[4];
        boolean[] flags = new boolean[2];
        double[] doubles = new double[1];
        char[] chars = new char[2];
        String[] strings = new String[2];
        System.out.println(ints[3] + " " + flags[1] + " " + doubles[0] + " " + (int) chars[1] + " " + strings[0]);
        int[] primes = {2, 3, 5, 7, 11,};
        System.out.println(primes.length + " " + primes[4]);
        int[] copy = primes.clone();
        copy[0] = 99;
        System.out.println(primes[0] + " " + copy[0] + " " + (copy != primes));
        long[] widened = {1, 'a', (byte) 2};
        System.out.println(widened[1]);
        Object[] objects = new String[] {"x", "y"};
        System.out.println(objects.length + " " + objects[1]);
        Object array = primes;
        System.out.println(array instanceof int[]);
        int[] empty = {};
        System.out.println(empty.length);
        int n = 3;
        String[] names = new String[n * 2];
        names[names.length - 1] = "last";
        System.out.println(names[5]);
        try {
            ints[4] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("out of bounds");
        }
        try {
            int[] negative = new int[n - 4];
            System.out.println(negative.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size");
        }
        int[] a;
        int b[];
        a = b = new int[] {4, 5};
        b[0]++;
        System.out.println(a[0]);
    }
}
