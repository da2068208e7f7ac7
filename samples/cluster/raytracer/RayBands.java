import plurix.*;

// One station's share of the image: the bands b with b % shares == share, one band per step.
// Where it has got to is kept in a Progress object its first step allocates on the station that
// runs it, so that the steps of different stations write no page in common (this object was
// allocated next to the other shares' by the station that ran main).
public class RayBands extends Transaction {
    private final RayImage image;
    private final int share;
    private final int shares;
    private Progress progress;

    RayBands(RayImage image, int share, int shares) {
        this.image = image;
        this.share = share;
        this.shares = shares;
    }

    public void run() {
        if (progress == null) {
            progress = new Progress(share);
            return;
        }
        if (progress.next < image.bands.length) {
            image.render(progress.next);
            progress.next += shares;
        }
        if (finished()) {
            STATION.unregister(this);
        }
    }

    boolean finished() {
        return progress != null && progress.next >= image.bands.length;
    }

    static class Progress {
        int next;

        Progress(int next) {
            this.next = next;
        }
    }
}
