// Many arrays of varying sizes allocated and dropped, with a few kept
// alive across rounds; verifies contents after heavy reuse.
public class AllocationArrays {
    public static void main(String[] args) {
        int[][] survivors = new int[64][];
        long total = 0;
        int seed = 17;
        for (int round = 0; round < 200000; round++) {
            seed = seed * 1664525 + 1013904223;
            int size = (seed >>> 24) % 64 + 1;
            int[] a = new int[size];
            for (int i = 0; i < size; i++) {
                a[i] = round + i;
            }
            total += a[size - 1];
            if ((round & 1023) == 0) {
                survivors[(round >> 10) & 63] = a;
            }
        }
        System.out.println("total " + total);
        long survivorSum = 0;
        int live = 0;
        for (int[] s : survivors) {
            if (s != null) {
                live++;
                for (int v : s) {
                    survivorSum += v;
                }
                for (int i = 1; i < s.length; i++) {
                    if (s[i] != s[i - 1] + 1) {
                        System.out.println("corrupted survivor");
                    }
                }
            }
        }
        System.out.println("survivors " + live + " sum " + survivorSum);
        long chars = 0;
        for (int i = 0; i < 50000; i++) {
            String s = "item-" + i;
            char[] cs = s.toCharArray();
            chars += cs.length + cs[cs.length - 1];
        }
        System.out.println("strings " + chars);
        double[][] matrix = null;
        double trace = 0;
        for (int round = 0; round < 2000; round++) {
            matrix = new double[8][8];
            for (int i = 0; i < 8; i++) {
                matrix[i][i] = round * 0.5 + i;
            }
            trace += matrix[7][7];
        }
        System.out.println("trace sum " + trace + " last " + matrix[0][0]);
        Object[] mixed = new Object[100];
        for (int i = 0; i < 300000; i++) {
            int k = i % 100;
            switch (i % 3) {
                case 0: mixed[k] = new int[i % 7]; break;
                case 1: mixed[k] = "s" + (i % 10); break;
                default: mixed[k] = new long[]{i};
            }
        }
        int ints = 0;
        int strs = 0;
        int longs = 0;
        for (Object o : mixed) {
            if (o instanceof int[]) {
                ints++;
            } else if (o instanceof String) {
                strs++;
            } else if (o instanceof long[]) {
                longs++;
            }
        }
        System.out.println("mixed " + ints + " " + strs + " " + longs);
    }
}
