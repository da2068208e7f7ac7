// plurix: extension
// Transactions registered with the local station: a counter that runs one
// step per round and unregisters itself when done, with a priority variant,
// and the cluster's stations queried through Cluster and Station.
import plurix.*;

class Counter extends Transaction {
    static int total;
    private int remaining;

    Counter(int steps) {
        remaining = steps;
    }

    public void run() {
        total++;
        remaining--;
        if (remaining == 0) {
            STATION.unregister(this);
        }
    }
}

class ExtensionTransactions {
    public static void main(String[] args) {
        Counter c = new Counter(3);
        STATION.register(c);
        STATION.register(new Counter(1), 2);
        int here = STATION.id;
        Transaction[] mine = STATION.transactions();
        Station[] all = Cluster.stations();
        Station first = all[0];
        first.register(new Counter(2));
        first.register(new Counter(2), 1);
        Transaction[] theirs = first.transactions();
        if (Cluster.size() > 1) {
            Cluster.migrate(c, all[1]);
        }
        System.out.println("station " + here + " of " + Cluster.size() + ": " + mine.length + " + " + theirs.length
                + " transactions, first id " + first.id);
    }
}
