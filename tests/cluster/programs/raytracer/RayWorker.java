import plurix.*;

// On a joined station: render the bands b with b % stations == share (arguments: share stations),
// one band per step, each into its own array; the last step marks them all done at once, so the
// steps of different stations write no page in common.
public class RayWorker extends Transaction {
    private final int share;
    private final int stations;
    private int next;

    RayWorker(int share, int stations) {
        this.share = share;
        this.stations = stations;
        this.next = share;
    }

    public void run() {
        if (next >= RayJob.bands) {
            for (int b = share; b < RayJob.bands; b += stations) {
                RayJob.done[b] = true;
            }
            System.out.println("station " + STATION.id + ": bands done");
            STATION.unregister(this);
            return;
        }
        int first = next * RayJob.BAND;
        new Rows(first, Math.min(first + RayJob.BAND, RayJob.height)).renderInto(RayJob.scene, RayJob.camera,
                RayJob.bandPixels[next]);
        next += stations;
    }

    public static void main(String[] args) {
        STATION.register(new RayWorker(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
    }
}
