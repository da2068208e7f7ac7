import plurix.*;

// Registered with the station that ran main: returns, step after step, until every share of the
// image is rendered, then prints it as samples/raytracer does (its checksum, or the PPM text),
// and leaves.
public class RayReporter extends Transaction {
    private final RayImage image;
    private final RayBands[] parts;
    private final boolean ppm;

    RayReporter(RayImage image, RayBands[] parts, boolean ppm) {
        this.image = image;
        this.parts = parts;
        this.ppm = ppm;
    }

    public void run() {
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].finished()) {
                return;
            }
        }
        Camera camera = image.camera;
        int[] pixels = image.pixels();
        if (ppm) {
            RayTracer.printPpm(pixels, camera.width, camera.height);
        } else {
            System.out.println("raytracer " + camera.width + "x" + camera.height + ", "
                    + image.scene.shapes.length + " shapes, " + image.scene.lights.length + " lights");
            System.out.println("checksum: " + RayTracer.checksum(pixels));
        }
        STATION.unregister(this);
    }
}
