// plurix: extension
import plurix.*;

// A doomed step that reads a wild address (MAGIC.rMem64 of an unmapped one)
// or writes one (MAGIC.wMem64) faults: the step is aborted, its prints
// vanish, the scheduler reports the fault on standard error
// (`plurix: transaction "Class" (station 0) aborted: memory fault at 0x...
// (pc 0x... in Method (File:line)); unregistered`) and unregisters it. The
// station goes on: the counters before and after it finish normally, with
// status 0. MAGIC.rMem64 and wMem64 run in the runtime, so the method named
// is their compiled caller.
public class WildAccess {
    static int rounds;

    static class Counter extends Transaction {
        final String name;
        int count;

        Counter(String name) {
            this.name = name;
        }

        public void run() {
            count++;
            System.out.println(name + " " + count + ", registered " + STATION.transactions().length);
            if (count == 4) {
                STATION.unregister(this);
            }
        }
    }

    static class WildRead extends Transaction {
        int steps;

        public void run() {
            steps++;
            System.out.println("wild read: step " + steps);
            if (steps == 2) {
                rounds = -1000;
                long value = MAGIC.rMem64(16L);
                System.out.println("wild read: read " + value + ", must not get here");
            }
        }
    }

    static class WildWrite extends Transaction {
        public void run() {
            System.out.println("wild write: never appears");
            rounds = -2000;
            MAGIC.wMem64(24L, 42L);
            System.out.println("wild write: wrote, must not get here");
        }
    }

    public static void main(String[] args) {
        STATION.register(new Counter("first"), 1);
        STATION.register(new WildRead());
        STATION.register(new WildWrite());
        STATION.register(new Counter("last"), -1);
        System.out.println("main: registered " + STATION.transactions().length);
    }
}
