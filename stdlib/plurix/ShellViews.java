package plurix;

/**
 * The shell's views of the cluster, read from the shared heap in one
 * transaction each: the stations ({@code /stations}, {@code /top}), every
 * station's transactions (a global {@code /ps}), and moving a transaction
 * ({@code /migrate}).
 */
public final class ShellViews {

    private ShellViews() {
    }

    /** One line per station: what it runs and what its runtime last published. */
    public static String stations() {
        StringBuilder text = new StringBuilder(
            "station  work    transactions   commits/s  aborts/s   commits    aborts    steps     pages present pages written heap MiB\n");
        Station[] stations = Cluster.stations();
        for (int i = 0; i < stations.length; i++) {
            if (stations[i] != null) {
                text.append(stations[i].describe()).append('\n');
            }
        }
        return text.toString();
    }

    /** One line per registered transaction of every station. */
    public static String transactions() {
        StringBuilder text = new StringBuilder("id     class                    station  priority  runs      commits   aborts\n");
        Station[] stations = Cluster.stations();
        for (int i = 0; i < stations.length; i++) {
            if (stations[i] == null) {
                continue;
            }
            for (int k = 0; k < stations[i].size(); k++) {
                Transaction t = stations[i].at(k);
                text.append(t.$describe(stations[i].id, stations[i].priorityAt(k))).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Moves the transaction numbered {@code id} to station {@code station}
     * (Cluster.migrate) and says what happened, or why nothing did.
     */
    public static String migrate(int id, int station) {
        Station[] stations = Cluster.stations();
        if (station < 0 || station >= stations.length || stations[station] == null) {
            return "no station " + station + " in the cluster";
        }
        for (int i = 0; i < stations.length; i++) {
            if (stations[i] == null) {
                continue;
            }
            for (int k = 0; k < stations[i].size(); k++) {
                Transaction t = stations[i].at(k);
                if (t.id() == id) {
                    if (i == station) {
                        return "transaction " + id + " is on station " + station + " already";
                    }
                    Cluster.migrate(t, stations[station]);
                    return "moved transaction " + id + " (" + t.getClass().getName() + ") from station " + i
                        + " to station " + station;
                }
            }
        }
        return "no transaction " + id + " is registered with any station (see /ps)";
    }
}
