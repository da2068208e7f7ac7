import plurix.*;

// The smallest useful transaction on a joined station, for commit latency: each step writes one
// field of its own object. main registers COUNT of them, STEPS steps each (arguments: COUNT
// STEPS); the last to finish prints the time from the first step on. Everything a step writes
// was allocated on this station, on pages of its own (statics would be one page for the whole
// cluster), so steps of different stations never conflict.
public class Ticks extends Transaction {
    private final long[] clock;  // this station's: [0] the first step's nanoTime, [1] Ticks still running
    private int left;

    Ticks(long[] clock, int steps) {
        this.clock = clock;
        this.left = steps;
    }

    public void run() {
        if (clock[0] == 0) {
            clock[0] = System.nanoTime();
        }
        left--;
        if (left > 0) {
            return;
        }
        STATION.unregister(this);
        clock[1]--;
        if (clock[1] == 0) {
            System.out.println("station " + STATION.id + ": ticks done in " + (System.nanoTime() - clock[0]) / 1000
                    + " us");
        }
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int steps = Integer.parseInt(args[1]);
        long[] clock = new long[] {0, count};
        for (int i = 0; i < count; i++) {
            STATION.register(new Ticks(clock, steps));
        }
    }
}
