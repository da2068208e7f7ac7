// Allocates 64 arrays of 1 MiB in one main, keeping only the last one, and writes each fully.
// Collected by bytes as well as by count (runtime/entry/safepoint.h), the garbage arrays are
// freed every few rounds and their pages, already opened by this transaction, are reused:
// tests/codegen/large_array_churn.sh checks how many pages the transaction wrote.
public class LargeArrayChurn {
    public static void main(String[] args) {
        long sum = 0;
        double[] keep = null;
        for (int round = 0; round < 64; round++) {
            double[] values = new double[128 * 1024];
            for (int i = 0; i < values.length; i++) values[i] = round + i * 0.5;
            sum += (long) values[values.length - 1];
            keep = values;
        }
        System.out.println("sum " + sum + " last " + (long) keep[1000]);
    }
}
