// plurix: extension
import plurix.*;

// Long computations split into steps give what the unsplit computation in
// main gives. Each job keeps its progress in its own fields, in the heap, so
// every step continues where the last committed one stopped; the jobs run
// interleaved in the same rounds, with different priorities:
//  - a sum of a long array, one slice per step;
//  - a string of numbers, built across steps in a StringBuilder field;
//  - a bubble sort of an int array, one pass per step;
//  - a table of primes found by sieving one block per step into new arrays.
public class SplitComputations {
    static final int COUNT = 20000;
    static long[] values = new long[COUNT];
    static int[] unsorted = new int[600];
    static int finished;

    static class SliceSum extends Transaction {
        int next;
        long sum;
        int steps;

        public void run() {
            int end = Math.min(COUNT, next + 1500);
            for (; next < end; next++) {
                sum += values[next] * (next % 7 - 3);
            }
            steps++;
            if (next == COUNT) {
                System.out.println("split sum: " + sum + " in " + steps + " steps");
                done(this);
            }
        }
    }

    static class Builder extends Transaction {
        StringBuilder text = new StringBuilder();
        int next;
        int steps;

        public void run() {
            appendNumbers(text, next, next + 37);
            next += 37;
            steps++;
            if (next >= 1000) {
                String s = text.toString();
                System.out.println("split text: length " + s.length() + ", hash " + s.hashCode() + ", ends "
                        + s.substring(s.length() - 30) + " in " + steps + " steps");
                done(this);
            }
        }
    }

    static class PassSort extends Transaction {
        int[] a;
        int passes;

        PassSort(int[] a) {
            this.a = a;
        }

        public void run() {
            passes++;
            if (!bubblePass(a)) {
                System.out.println("split sort: " + describe(a) + " after " + passes + " passes");
                done(this);
            }
        }
    }

    static class BlockSieve extends Transaction {
        int[] found = new int[0];
        int from = 2;
        int steps;

        public void run() {
            int[] block = primesIn(from, Math.min(20000, from + 700), found);
            int[] more = new int[found.length + block.length];
            System.arraycopy(found, 0, more, 0, found.length);
            System.arraycopy(block, 0, more, found.length, block.length);
            found = more;
            from += 700;
            steps++;
            if (from >= 20000) {
                System.out.println("split primes: " + describePrimes(found) + " in " + steps + " steps");
                done(this);
            }
        }
    }

    static void done(Transaction t) {
        STATION.unregister(t);
        finished++;
        if (finished == 4) {
            System.out.println("all four jobs done");
        }
    }

    static void appendNumbers(StringBuilder text, int from, int to) {
        for (int i = from; i < to && i < 1000; i++) {
            text.append(i * i % 1009).append(i % 10 == 9 ? ';' : ',');
        }
    }

    // One pass of bubble sort; returns whether it swapped anything.
    static boolean bubblePass(int[] a) {
        boolean swapped = false;
        for (int i = 0; i + 1 < a.length; i++) {
            if (a[i] > a[i + 1]) {
                int t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                swapped = true;
            }
        }
        return swapped;
    }

    static String describe(int[] a) {
        long weighted = 0;
        for (int i = 0; i < a.length; i++) {
            weighted += (long) (i + 1) * a[i];
        }
        return "first " + a[0] + ", last " + a[a.length - 1] + ", weighted sum " + weighted;
    }

    // The primes in [from, to), tested against the primes below from.
    static int[] primesIn(int from, int to, int[] known) {
        int[] block = new int[to - from];
        int count = 0;
        for (int n = from; n < to; n++) {
            boolean prime = true;
            for (int i = 0; i < known.length && known[i] * known[i] <= n; i++) {
                if (n % known[i] == 0) {
                    prime = false;
                    break;
                }
            }
            for (int i = 0; prime && i < count && block[i] * block[i] <= n; i++) {
                if (n % block[i] == 0) {
                    prime = false;
                }
            }
            if (prime) {
                block[count++] = n;
            }
        }
        int[] exact = new int[count];
        System.arraycopy(block, 0, exact, 0, count);
        return exact;
    }

    static String describePrimes(int[] p) {
        long sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i];
        }
        return p.length + " primes below 20000 (largest " + p[p.length - 1] + ", sum " + sum + ")";
    }

    public static void main(String[] args) {
        long seed = 12345;
        for (int i = 0; i < COUNT; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            values[i] = seed >>> 20;
        }
        for (int i = 0; i < unsorted.length; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            unsorted[i] = (int) (seed >>> 40) % 5000 - 2500;
        }

        long sum = 0;
        for (int i = 0; i < COUNT; i++) {
            sum += values[i] * (i % 7 - 3);
        }
        System.out.println("unsplit sum: " + sum);

        StringBuilder text = new StringBuilder();
        appendNumbers(text, 0, 1000);
        String s = text.toString();
        System.out.println("unsplit text: length " + s.length() + ", hash " + s.hashCode() + ", ends "
                + s.substring(s.length() - 30));

        int[] copy = unsorted.clone();
        int passes = 1;
        while (bubblePass(copy)) {
            passes++;
        }
        System.out.println("unsplit sort: " + describe(copy) + " after " + passes + " passes");

        System.out.println("unsplit primes: " + describePrimes(primesIn(2, 20000, new int[0])));

        STATION.register(new SliceSum(), 3);
        STATION.register(new Builder(), 1);
        STATION.register(new PassSort(unsorted.clone()), 2);
        STATION.register(new BlockSieve());
    }
}
