// plurix: extension
import plurix.*;

// The ray tracer of samples/raytracer run as registered transactions: one
// Band transaction per 16 rows, each rendering its rows in one step and
// unregistering, and a Checksum transaction of lowest priority that prints the
// image's checksum once every band is done. Compiled together with the
// sample's classes; prints the same checksum as the sample's main.
// Usage: plurix run RayTracerSteps.java samples/raytracer/{Camera,...}.java -- [WIDTH HEIGHT]
public class RayTracerSteps {
    public static void main(String[] args) {
        int width = args.length >= 2 ? Integer.parseInt(args[0]) : 256;
        int height = args.length >= 2 ? Integer.parseInt(args[1]) : 256;
        Scene scene = new Scene();
        Camera camera = new Camera(width, height);
        int[] pixels = new int[width * height];
        Band[] bands = new Band[(height + 15) / 16];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = new Band(new Rows(16 * i, Math.min(16 * i + 16, height)), scene, camera, pixels);
            STATION.register(bands[i], 1);
        }
        STATION.register(new Checksum(bands, pixels, width, height, scene), 0);
    }
}

class Band extends Transaction {
    private final Rows rows;
    private final Scene scene;
    private final Camera camera;
    private final int[] pixels;
    boolean done;

    Band(Rows rows, Scene scene, Camera camera, int[] pixels) {
        this.rows = rows;
        this.scene = scene;
        this.camera = camera;
        this.pixels = pixels;
    }

    public void run() {
        rows.render(scene, camera, pixels);
        done = true;
        STATION.unregister(this);
    }
}

class Checksum extends Transaction {
    private final Band[] bands;
    private final int[] pixels;
    private final int width;
    private final int height;
    private final Scene scene;

    Checksum(Band[] bands, int[] pixels, int width, int height, Scene scene) {
        this.bands = bands;
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.scene = scene;
    }

    public void run() {
        for (int i = 0; i < bands.length; i++) {
            if (!bands[i].done) {
                return;
            }
        }
        System.out.println("raytracer " + width + "x" + height + ", " + scene.shapes.length + " shapes, "
                + scene.lights.length + " lights");
        System.out.println("checksum: " + RayTracer.checksum(pixels));
        STATION.unregister(this);
    }
}
