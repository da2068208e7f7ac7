import plurix.*;

// Piles all the work on one station: registers COUNT Transfers transactions with station 1
// (arguments: COUNT TRANSFERS), for the balancer to spread.
public class Pile {
    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int transfers = Integer.parseInt(args[1]);
        Station first = Cluster.stations()[1];
        for (int i = 0; i < count; i++) {
            first.register(new Transfers(2000 + i, transfers));
        }
        System.out.println("piled " + count + " on station 1");
    }
}
