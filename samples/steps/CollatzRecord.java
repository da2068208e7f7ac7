import plurix.*;

// Finds the start below a limit with the longest Collatz sequence, a slice
// of starts per step.
public class CollatzRecord extends Transaction {
    private final int limit;
    private final int slice;
    private int next = 1;
    private int bestStart = 1;
    private int bestLength = 1;

    CollatzRecord(int limit, int slice) {
        this.limit = limit;
        this.slice = slice;
    }

    public void run() {
        int end = Math.min(limit, next + slice);
        for (; next < end; next++) {
            int length = length(next);
            if (length > bestLength) {
                bestLength = length;
                bestStart = next;
            }
        }
        if (next >= limit) {
            System.out.println("collatz: below " + limit + ", " + bestStart + " runs longest (" + bestLength
                    + " terms)");
            STATION.unregister(this);
        }
    }

    static int length(long n) {
        int terms = 1;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            terms++;
        }
        return terms;
    }
}
