import java.util.Random;

// One transfer per call of run(): the unit of work that will become a
// Transaction (plurix.Transaction#run) once the bank runs on several stations.
// Every random choice comes from one seeded generator, so the sequence of
// transfers, and therefore the final balances, are the same on every run.
public class Transfer {
    private final Account[] accounts;
    private final Random random;
    private int done;
    private int skipped;

    Transfer(Account[] accounts, Random random) {
        this.accounts = accounts;
        this.random = random;
    }

    // Moves a random amount, never more than the payer holds, between two
    // distinct random accounts.
    public void run() {
        int from = random.nextInt(accounts.length);
        int to = random.nextInt(accounts.length - 1);
        if (to >= from) {
            to++;
        }
        Account payer = accounts[from];
        Account payee = accounts[to];
        if (payer.balance == 0) {
            skipped++;
            return;
        }
        long amount = 1 + random.nextInt((int) Math.min(payer.balance, 1000000L));
        if (!payer.canPay(amount)) {
            throw new IllegalStateException("overdraft of account " + payer.number);
        }
        payer.balance -= amount;
        payee.balance += amount;
        done++;
    }

    int done() {
        return done;
    }

    int skipped() {
        return skipped;
    }
}
