import java.util.Random;
import plurix.*;

// Random transfers between the bank's accounts, a few per step, each step one transaction: when
// another station commits to the balances this step read, the step aborts and runs again.
public class Transfers extends Transaction {
    static final int PER_STEP = 10;
    static int finished;

    private final Random random;
    private final int total;
    private int done;

    Transfers(long seed, int total) {
        this.random = new Random(seed);
        this.total = total;
    }

    public void run() {
        for (int i = 0; i < PER_STEP && done < total; i++, done++) {
            int from = random.nextInt(Bank.ACCOUNTS);
            int to = random.nextInt(Bank.ACCOUNTS);
            long amount = random.nextInt(1000);
            if (Bank.balances[from] >= amount) {
                Bank.balances[from] -= amount;
                Bank.balances[to] += amount;
            }
        }
        if (done == total) {
            System.out.println("station " + STATION.id + ": " + total + " transfers done");
            finished++;
            STATION.unregister(this);
        }
    }
}
