import plurix.*;

// One station's share of the image: the bands b with b % shares == share, one band per step.
public class RayBands extends Transaction {
    private final RayImage image;
    private final int band;
    private final int shares;
    private int next;

    RayBands(RayImage image, int band, int share, int shares) {
        this.image = image;
        this.band = band;
        this.shares = shares;
        this.next = share;
    }

    public void run() {
        if (next < image.bands(band)) {
            image.render(next, band);
            next += shares;
        }
        if (finished()) {
            STATION.unregister(this);
        }
    }

    boolean finished() {
        return next >= image.bands(band);
    }
}
