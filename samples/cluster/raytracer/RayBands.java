import plurix.*;

// One station's part of the image: claims a band (RayImage.claimNext) in one step and renders it
// in the next, until every band is claimed. A claim is a step of its own, so that two stations
// claiming at once abort a claim, not a band's rendering. Where it has got to is kept in a
// Progress object its first step allocates on the station that runs it, so that the steps of
// different stations write no page in common but the claims (this object was allocated next to
// the other parts' by the station that ran main).
public class RayBands extends Transaction {
    private final RayImage image;
    private Progress progress;

    RayBands(RayImage image) {
        this.image = image;
    }

    public void run() {
        if (progress == null) {
            progress = new Progress();
            return;
        }
        if (progress.claimed >= 0) {
            image.render(progress.claimed);
            progress.claimed = -1;
            return;
        }
        progress.claimed = image.claimNext();
        if (progress.claimed < 0) {
            progress.done = true;
            STATION.unregister(this);
        }
    }

    // Whether every band this part claimed is rendered and no band is left to claim.
    boolean finished() {
        return progress != null && progress.done;
    }

    static class Progress {
        int claimed = -1;
        boolean done;
    }
}
