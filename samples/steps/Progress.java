import plurix.*;

// The highest priority runs first in every round: it reports how far the
// prime count has come every tenth round, and leaves when the others have.
public class Progress extends Transaction {
    private int rounds;

    public void run() {
        rounds++;
        if (rounds % 10 == 0) {
            System.out.println("progress: round " + rounds + ", " + PrimeCount.slicesDone + " prime slices done, "
                    + "failing attempts seen in the heap: " + Failing.attempts + ", in station-local memory: "
                    + AttemptLog.here().failingAttempts);
        }
        if (STATION.transactions().length == 1) {
            System.out.println("progress: all done after " + rounds + " rounds");
            STATION.unregister(this);
        }
    }
}
