// plurix: extension
import plurix.*;

// The ray tracer of samples/raytracer on a cluster, split by rows: one RayBands transaction per
// station that takes work claims the image's bands of BAND rows one at a time and renders each
// into an array of the band's own, so a faster station renders more of them. Stations write
// different pages but for the claims, so their rendering steps do not conflict; a step aborted
// anyway renders its band again to the same colours. A reporter on the station that ran main waits until every band is done, then prints
// what samples/raytracer prints under plurix run: the same checksum, to the last bit. With "ppm"
// it prints the image instead, as PPM (P3) text; the dialect has no file output, so redirect
// standard output to keep the picture. Usage: ClusterRayTracer [ppm] [W H].
//
// Run it on a cluster (it reuses samples/raytracer's classes, which go with it):
//   plurix cluster up -n 4 --dir plurix-cluster
//   plurix submit --dir plurix-cluster samples/cluster/raytracer/*.java samples/cluster/Workers.java \
//       samples/raytracer/*.java
//   plurix submit --dir plurix-cluster samples/cluster/raytracer/*.java samples/cluster/Workers.java \
//       samples/raytracer/*.java -- ppm > picture.ppm
//   plurix cluster down --dir plurix-cluster
// or on one station, where nothing takes work and the bands are rendered on the station itself:
//   plurix run samples/cluster/raytracer/*.java samples/cluster/Workers.java samples/raytracer/*.java
// Give samples/cluster/raytracer's files first: main is taken from the first file that has one.
public class ClusterRayTracer {
    static final int BAND = 16;

    public static void main(String[] args) {
        boolean ppm = RayTracer.wantsPpm(args);
        RayImage image = new RayImage(new Scene(), RayTracer.cameraFor(args), BAND);
        Station[] workers = Workers.accepting();
        int shares = Math.max(workers.length, 1);
        RayBands[] parts = new RayBands[shares];
        for (int share = 0; share < shares; share++) {
            parts[share] = new RayBands(image);
            if (workers.length == 0) {
                STATION.register(parts[share]);
            } else {
                workers[share].register(parts[share]);
            }
        }
        System.err.println(image.bands.length + " bands of " + BAND + " rows on "
                + (workers.length == 0 ? "this station" : workers.length + " stations"));
        STATION.register(new RayReporter(image, parts, ppm));
    }
}
