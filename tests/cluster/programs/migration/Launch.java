import plurix.*;

// Registers a Migrant on station FROM that moves itself to station TO (arguments: FROM TO).
public class Launch {
    public static void main(String[] args) {
        int from = Integer.parseInt(args[0]);
        int to = Integer.parseInt(args[1]);
        Cluster.stations()[from].register(new Migrant(to));
        System.out.println("launched on station " + from + ", moving to " + to);
    }
}
