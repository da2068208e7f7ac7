import plurix.*;

// On a joined station: claims the next band nobody has claimed (RayJob.claims) and renders it
// into its own array, until every band is claimed; its last step marks the bands it rendered
// done, all at once. The work is not split in advance (the share and station count every
// worker is started with are not needed): a station that runs faster, or has a core to itself,
// claims more bands, so the stations finish together however their speeds differ.
//
// A claim is a step of its own, apart from the rendering: two stations claiming at once conflict,
// and the one that aborts loses a few microseconds, not a band's rendering. Steps of different
// stations write no page in common but the claims page.
public class RayWorker extends Transaction {
    private int claimed = -1;
    private int[] rendered;
    private int renderedCount;

    RayWorker() {
        this.rendered = new int[RayJob.bands];
    }

    public void run() {
        if (claimed >= 0) {
            int first = claimed * RayJob.BAND;
            new Rows(first, Math.min(first + RayJob.BAND, RayJob.height)).renderInto(RayJob.scene, RayJob.camera,
                    RayJob.bandPixels[claimed]);
            rendered[renderedCount++] = claimed;
            claimed = -1;
            return;
        }
        int next = RayJob.claims[0];
        if (next < RayJob.bands) {
            RayJob.claims[0] = next + 1;
            claimed = next;
            return;
        }
        for (int i = 0; i < renderedCount; i++) {
            RayJob.done[rendered[i]] = true;
        }
        System.out.println("station " + STATION.id + ": " + renderedCount + " bands done");
        STATION.unregister(this);
    }

    public static void main(String[] args) {
        STATION.register(new RayWorker());
    }
}
