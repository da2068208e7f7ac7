import java.util.Random;
import plurix.*;

// A transaction of random transfers between the bank's accounts, PER_STEP of them per step. The
// generator and the counts live in the heap, so a step aborted by another station's commit is
// undone whole and runs again with the same draws: every transfer counts once.
public class TransferJob extends Transaction {
    static final int PER_STEP = 50;

    private final Transfer transfer;
    private final int transfers;
    private int ran;

    TransferJob(Account[] accounts, long seed, int transfers) {
        this.transfer = new Transfer(accounts, new Random(seed));
        this.transfers = transfers;
    }

    public void run() {
        for (int i = 0; i < PER_STEP && ran < transfers; i++) {
            transfer.run();
            ran++;
        }
        if (finished()) {
            STATION.unregister(this);
        }
    }

    boolean finished() {
        return ran == transfers;
    }

    // The transfers that moved money plus those skipped because the payer had none.
    int transfersRun() {
        return transfer.done() + transfer.skipped();
    }
}
