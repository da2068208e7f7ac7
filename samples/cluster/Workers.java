import plurix.*;

// The stations that take work, for the distributed samples, which spread their jobs over them.
public class Workers {
    // Returns the cluster's worker stations in the order of their ids; none under plurix run.
    static Station[] accepting() {
        Station[] stations = Cluster.stations();
        int count = 0;
        for (int i = 0; i < stations.length; i++) {
            if (stations[i] != null && stations[i].accepting()) {
                stations[count++] = stations[i];
            }
        }
        Station[] workers = new Station[count];
        System.arraycopy(stations, 0, workers, 0, count);
        return workers;
    }
}
