package plurix;

/**
 * The cluster: the vector of its stations. The vector is a static field, so
 * there is one for the whole cluster, in the shared heap.
 */
public final class Cluster {

    private static Station[] stations = new Station[0];

    private Cluster() {
    }

    /** Returns a copy of the station vector, indexed by station id. */
    public static Station[] stations() {
        Station[] copy = new Station[stations.length];
        System.arraycopy(stations, 0, copy, 0, stations.length);
        return copy;
    }

    /** Returns the number of stations. */
    public static int size() {
        return stations.length;
    }

    /**
     * Moves {@code t} from the station whose vector holds it to the end of
     * {@code s}'s vector, keeping its priority; registers it with priority 0
     * if no station holds it. It runs on {@code s} from the next round on.
     *
     * @throws NullPointerException if t or s is null
     */
    public static void migrate(Transaction t, Station s) {
        if (t == null || s == null) {
            throw new NullPointerException(t == null ? "transaction is null" : "station is null");
        }
        int priority = 0;
        for (int i = 0; i < stations.length; i++) {
            int registeredWith = stations[i].priorityOf(t);
            if (stations[i].remove(t)) {
                priority = registeredWith;
            }
        }
        s.register(t, priority);
    }

    /** Adds a station with the next id; the runtime calls it, in a transaction, when a station joins. */
    static Station join() {
        Station[] more = new Station[stations.length + 1];
        System.arraycopy(stations, 0, more, 0, stations.length);
        Station joined = new Station(stations.length);
        more[stations.length] = joined;
        stations = more;
        return joined;
    }
}
