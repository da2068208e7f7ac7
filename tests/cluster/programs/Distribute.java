import plurix.*;

// Run from any station: registers a Transfers transaction with every other worker station of
// the cluster (argument: transfers each), to run there, then leaves.
public class Distribute {
    public static void main(String[] args) {
        int transfers = Integer.parseInt(args[0]);
        Station[] stations = Cluster.stations();
        int registered = 0;
        for (int id = 1; id < stations.length; id++) {
            if (stations[id] != null && id != STATION.id) {
                stations[id].register(new Transfers(1000 + id, transfers));
                registered++;
            }
        }
        System.out.println("distributed to " + registered + " stations");
    }
}
