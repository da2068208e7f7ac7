import plurix.*;

// A long transaction among short ones: one step reads every balance many times over (a slow
// audit) and records the total. Every transfer another station commits meanwhile dooms it, so
// without the fairness policy it can be aborted again and again for as long as transfers go on.
// It counts its attempts in station-local memory, which aborts do not roll back.
public class Census extends Transaction {
    static final int ROUNDS = 3000;
    static long recorded = -1;

    public void run() {
        Attempts attempts = (Attempts) MAGIC.cast2Struct(STATION.localMemory());
        attempts.count++;
        long total = 0;
        long mixed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            total = 0;
            for (int i = 0; i < Bank.ACCOUNTS; i++) {
                total += Bank.balances[i];
                mixed = mixed * 31 + Bank.balances[i];
            }
        }
        recorded = total;
        System.out.println("census: total " + total + " after " + attempts.count + " attempts (" + (mixed & 1) + ")");
        STATION.unregister(this);
    }

    public static void main(String[] args) {
        STATION.register(new Census());
    }
}

// Station-local memory laid out as this: the census's attempt count.
class Attempts extends STRUCT {
    int count;
}
