import plurix.*;

// On a joined station: render the bands b with b % stations == share (arguments: share stations).
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
        if (next >= RayJob.done.length) {
            System.out.println("station " + STATION.id + ": bands done");
            STATION.unregister(this);
            return;
        }
        int first = next * RayJob.BAND;
        new Rows(first, Math.min(first + RayJob.BAND, RayJob.height)).render(RayJob.scene, RayJob.camera, RayJob.pixels);
        RayJob.done[next] = true;
        next += stations;
    }

    public static void main(String[] args) {
        STATION.register(new RayWorker(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
    }
}
