import plurix.*;

// A transaction that moves itself: it counts its steps per station, migrates to the target
// station after half of them (between two of its runs: Cluster.migrate moves it from one
// station's vector to the other's in the step's own transaction), and records where it ended.
public class Migrant extends Transaction {
    static final int STEPS = 10;
    static int[] stepsOn = new int[16];
    static int finishedOn = -1;
    static int total;

    private final int target;
    private int steps;

    Migrant(int target) {
        this.target = target;
    }

    public void run() {
        steps++;
        stepsOn[STATION.id]++;
        if (steps == STEPS / 2) {
            Cluster.migrate(this, Cluster.stations()[target]);
        } else if (steps == STEPS) {
            total = steps;
            finishedOn = STATION.id;
            STATION.unregister(this);
        }
    }
}
