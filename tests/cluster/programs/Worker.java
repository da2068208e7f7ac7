import plurix.*;

// Run on a joined station: registers one Transfers transaction seeded by the station's id.
public class Worker {
    public static void main(String[] args) {
        int transfers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        STATION.register(new Transfers(1000 + STATION.id, transfers));
    }
}
