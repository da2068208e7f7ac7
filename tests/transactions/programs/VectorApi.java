// plurix: extension
import plurix.*;

// The transaction vector changed from inside steps: a transaction that
// registers others, unregistering one before it ever ran, unregistering an
// absent one (no effect), changing a priority, Cluster.migrate on a cluster
// of one station (the transaction stays registered, moves to the end of the
// vector and keeps its priority; an unregistered one is registered with
// priority 0), STATION.transactions(), Cluster.size(), Cluster.stations(),
// and the null checks. Every change takes effect when its step commits and
// the scheduler sees it from the next round.
public class VectorApi {
    static Worker w1;
    static Worker w2;
    static Worker w3;
    static int round;

    static class Worker extends Transaction {
        final String name;
        int steps;

        Worker(String name) {
            this.name = name;
        }

        public void run() {
            steps++;
            System.out.println("  " + name + " step " + steps);
            if (steps == 4) {
                STATION.unregister(this);
                System.out.println("  " + name + " leaves");
            }
        }
    }

    // Runs first (priority 9) and changes the vector each round.
    static class Spawner extends Transaction {
        public void run() {
            round++;
            System.out.println("round " + round + " " + names(STATION.transactions()));
            Station here = Cluster.stations()[0];
            if (round == 1) {
                w1 = new Worker("w1");
                w2 = new Worker("w2");
                w3 = new Worker("w3");
                STATION.register(w1);
                STATION.register(w2);
                here.register(w3);
                System.out.println("  spawned " + names(STATION.transactions()));
            } else if (round == 2) {
                STATION.unregister(w2);
                STATION.unregister(w2);
                STATION.unregister(new Worker("stranger"));
                System.out.println("  w2 unregistered before it ran: " + names(here.transactions()));
            } else if (round == 3) {
                Cluster.migrate(w1, here);
                System.out.println("  w1 migrated to station " + here.id + ": " + names(STATION.transactions()));
                STATION.register(w3, 5);
                System.out.println("  w3 raised to priority 5");
            } else if (round == 4) {
                Cluster.migrate(w3, Cluster.stations()[0]);
                Cluster.migrate(w2, Cluster.stations()[0]);
                System.out.println("  w3 migrated (keeps 5), w2 migrated back in: " + names(STATION.transactions()));
            } else if (round == 5) {
                nullChecks(here);
            } else if (STATION.transactions().length == 1) {
                STATION.unregister(this);
                System.out.println("  spawner leaves; left: " + names(STATION.transactions()));
            }
        }
    }

    static void nullChecks(Station here) {
        try {
            STATION.register(null);
        } catch (NullPointerException e) {
            System.out.println("  register(null): " + e.getMessage());
        }
        try {
            here.register(null, 3);
        } catch (NullPointerException e) {
            System.out.println("  station.register(null, 3): " + e.getMessage());
        }
        try {
            Cluster.migrate(null, here);
        } catch (NullPointerException e) {
            System.out.println("  migrate(null, s): " + e.getMessage());
        }
        try {
            Cluster.migrate(w1, null);
        } catch (NullPointerException e) {
            System.out.println("  migrate(t, null): " + e.getMessage());
        }
        STATION.unregister(null);
        System.out.println("  unregister(null) does nothing: " + names(STATION.transactions()));
    }

    static String names(Transaction[] all) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < all.length; i++) {
            s.append(i == 0 ? "" : " ").append(all[i] instanceof Worker ? ((Worker) all[i]).name : "spawner");
        }
        return s.append(']').toString();
    }

    public static void main(String[] args) {
        System.out.println("cluster size " + Cluster.size() + ", station " + Cluster.stations()[0].id
                + ", STATION.id " + STATION.id + ", registered " + STATION.transactions().length);
        Transaction[] copy = STATION.transactions();
        STATION.register(new Spawner(), 9);
        System.out.println("main registered the spawner: " + names(STATION.transactions()) + ", the earlier copy "
                + names(copy) + ", station 0's copy " + names(Cluster.stations()[0].transactions()));
    }
}
