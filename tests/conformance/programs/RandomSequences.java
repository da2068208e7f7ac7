// java.util.Random with fixed seeds gives Java's exact sequences: nextInt,
// nextInt(bound) for powers of two and others, nextLong, nextDouble,
// nextFloat, nextBoolean, nextGaussian, setSeed restarting a sequence, and
// a subclass overriding next(bits).
import java.util.Random;

public class RandomSequences {
    static class Counting extends Random {
        int calls;

        Counting(long seed) {
            super(seed);
        }

        protected int next(int bits) {
            calls++;
            return super.next(bits);
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb);
        int[] bounds = {1, 2, 7, 16, 100, 1000, 1 << 30, Integer.MAX_VALUE};
        for (int b : bounds) {
            System.out.print(r.nextInt(b) + " ");
        }
        System.out.println();
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("nextFloat " + r.nextFloat() + " " + r.nextFloat());
        System.out.println("nextBoolean " + r.nextBoolean() + " " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        r.setSeed(42);
        System.out.println("after setSeed(42) first nextInt " + r.nextInt());
        Random zero = new Random(0);
        Random negative = new Random(-1L);
        Random big = new Random(Long.MAX_VALUE);
        System.out.println("seed 0 " + zero.nextInt(1000) + ", seed -1 " + negative.nextInt(1000) + ", seed max " + big.nextInt(1000));
        int[] histogram = new int[10];
        Random h = new Random(2024);
        for (int i = 0; i < 100000; i++) {
            histogram[h.nextInt(10)]++;
        }
        for (int count : histogram) {
            System.out.print(count + " ");
        }
        System.out.println();
        double sum = 0;
        double sumSq = 0;
        Random g = new Random(7);
        for (int i = 0; i < 10000; i++) {
            double x = g.nextGaussian();
            sum += x;
            sumSq += x * x;
        }
        System.out.println("gaussian sum " + sum + " sumSq " + sumSq);
        Counting c = new Counting(99);
        c.nextInt();
        c.nextLong();
        c.nextDouble();
        c.nextBoolean();
        c.nextInt(10);
        System.out.println("next(bits) calls " + c.calls);
        Random a1 = new Random(123);
        Random a2 = new Random(123);
        boolean same = true;
        for (int i = 0; i < 1000; i++) {
            if (a1.nextLong() != a2.nextLong()) {
                same = false;
            }
        }
        System.out.println("same seed same sequence " + same);
        long mix = 0;
        Random m = new Random(31337);
        for (int i = 0; i < 1000; i++) {
            mix = mix * 31 + m.nextInt(1 + i);
        }
        System.out.println("mix " + mix);
    }
}
