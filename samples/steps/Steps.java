// plurix: extension
import plurix.*;

// Long computations as transactions: instead of one main that runs for
// minutes, each job is a Transaction whose run() does one short slice of the
// work and returns. The station's scheduler calls run() again every round,
// each call its own transaction, until the job unregisters itself. Output
// written in a step appears when that step commits; a step whose exception
// escapes leaves no trace at all (its prints included) and its job is
// retired, with the stack trace on standard error.
public class Steps {
    static final int LIMIT = 2000000;
    static final int SLICE = 50000;

    public static void main(String[] args) {
        // The same count, unsplit, for comparison.
        int unsplit = PrimeCount.countPrimes(2, LIMIT);
        System.out.println("unsplit: " + unsplit + " primes below " + LIMIT);

        STATION.register(new PrimeCount(LIMIT, SLICE), 1);
        STATION.register(new CollatzRecord(300000, 20000));
        STATION.register(new Failing());
        STATION.register(new Progress(), 5);
        System.out.println("main: " + STATION.transactions().length + " transactions registered on station "
                + STATION.id);
    }
}
