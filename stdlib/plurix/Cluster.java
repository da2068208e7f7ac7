package plurix;

/**
 * The cluster: the vector of its stations. The vector is a static field, so
 * there is one for the whole cluster, in the shared heap.
 */
public final class Cluster {

    // Indexed by station id, with a slot for every id a station can have (ids are below 256): a
    // station that joins writes its own slot and nothing else. The array is larger than a page,
    // so it lies on pages of its own: a join writes no page that running steps on other
    // stations read for other data (a scene built next to a small vector, say).
    private static final int SLOTS = 520;
    private static Station[] stations = new Station[SLOTS];

    private Cluster() {
    }

    /** Returns a copy of the station vector, indexed by station id (null where no station entered). */
    public static Station[] stations() {
        int size = size();
        Station[] copy = new Station[size];
        System.arraycopy(stations, 0, copy, 0, size);
        return copy;
    }

    /** Returns the number of stations: one more than the highest id of a station that entered. */
    public static int size() {
        int size = stations.length;
        while (size > 0 && stations[size - 1] == null) {
            size--;
        }
        return size;
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
            if (stations[i] == null) {
                continue;
            }
            int registeredWith = stations[i].priorityOf(t);
            if (stations[i].remove(t)) {
                priority = registeredWith;
            }
        }
        s.register(t, priority);
    }

    /**
     * The balancer's step, run by the runtime on every worker station every few rounds (a
     * system transaction; `plurix station --no-balance` turns it off): if this station has at
     * least two transactions more than the least loaded station that takes work, the newest
     * registered one moves there. One move per step keeps the cluster from oscillating; the
     * vectors are heap data, so two stations balancing at once conflict and one of them reruns.
     */
    static void balance() {
        int here = STATION.id;
        if (here >= stations.length || stations[here] == null) {
            return;
        }
        Station local = stations[here];
        Station idlest = null;
        for (int i = 0; i < stations.length; i++) {
            Station s = stations[i];
            if (s != null && s != local && s.accepting() && (idlest == null || s.size() < idlest.size())) {
                idlest = s;
            }
        }
        if (idlest == null || local.size() - idlest.size() < 2) {
            return;
        }
        migrate(local.at(local.size() - 1), idlest);
    }

    /**
     * Enters this station (STATION.id) in the station vector; the runtime calls it, in a
     * transaction, when a station joins. The vector is indexed by station id; ids of stations
     * that never entered stay null.
     */
    static Station join() {
        int id = STATION.id;
        if (id < stations.length && stations[id] != null) {
            return stations[id];
        }
        if (id >= stations.length) {
            Station[] more = new Station[id + 1];
            System.arraycopy(stations, 0, more, 0, stations.length);
            stations = more;
        }
        Station joined = new Station(id);
        stations[id] = joined;
        return joined;
    }
}
