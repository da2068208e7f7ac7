import plurix.*;

// Counts the primes below a limit, one slice of candidates per step. Its
// state (the next candidate, the count so far) lives in the object, in the
// heap, so every step continues where the last committed one stopped.
public class PrimeCount extends Transaction {
    static int slicesDone;

    private final int limit;
    private final int slice;
    private int next = 2;
    private int found;

    PrimeCount(int limit, int slice) {
        this.limit = limit;
        this.slice = slice;
    }

    public void run() {
        int end = Math.min(limit, next + slice);
        found += countPrimes(next, end);
        next = end;
        slicesDone++;
        if (next >= limit) {
            System.out.println("split:   " + found + " primes below " + limit + " in " + slicesDone + " steps");
            STATION.unregister(this);
        }
    }

    boolean finished() {
        return next >= limit;
    }

    static int countPrimes(int from, int to) {
        int count = 0;
        for (int n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
