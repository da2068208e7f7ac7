// Large arrays: a 4-million-int array and a 1-million-long array filled
// and summed, allocated repeatedly so the memory of the previous round must
// be reused, plus an array of a million references to shared objects.
public class LargeArrays {
    static class Item {
        final int weight;

        Item(int weight) {
            this.weight = weight;
        }
    }

    public static void main(String[] args) {
        long grand = 0;
        for (int round = 0; round < 6; round++) {
            int[] big = new int[4000000];
            for (int i = 0; i < big.length; i++) {
                big[i] = i ^ round;
            }
            long sum = 0;
            for (int v : big) {
                sum += v;
            }
            long[] longs = new long[1000000];
            for (int i = 0; i < longs.length; i++) {
                longs[i] = (long) i * i + round;
            }
            long lsum = 0;
            for (int i = 0; i < longs.length; i += 1000) {
                lsum += longs[i];
            }
            System.out.println("round " + round + " int sum " + sum + " long sample sum " + lsum + " last " + big[big.length - 1]);
            grand += sum + lsum;
        }
        System.out.println("grand " + grand);
        Item[] items = new Item[1000000];
        Item[] pool = new Item[100];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new Item(i);
        }
        for (int i = 0; i < items.length; i++) {
            items[i] = pool[(i * 31) % pool.length];
        }
        long weight = 0;
        for (Item it : items) {
            weight += it.weight;
        }
        System.out.println("references " + items.length + " weight " + weight);
        byte[] bytes = new byte[8000000];
        for (int i = 0; i < bytes.length; i += 4096) {
            bytes[i] = (byte) i;
        }
        int nonzero = 0;
        for (byte v : bytes) {
            if (v != 0) {
                nonzero++;
            }
        }
        System.out.println("bytes " + bytes.length + " nonzero " + nonzero);
    }
}
