// The ray tracer of samples/raytracer split by bands of 16 rows over several stations: the
// creating station builds the scene and the job (main); every joined station runs RayWorker,
// which registers a transaction for its share of the bands; RayChecksum prints the image's
// checksum once every band is done. The pixels of one band lie on pages of their own, so bands
// of different stations do not conflict.
public class RayJob {
    static final int BAND = 16;
    static Scene scene;
    static Camera camera;
    static int width;
    static int height;
    static int[] pixels;
    static boolean[] done;

    public static void main(String[] args) {
        width = args.length >= 2 ? Integer.parseInt(args[0]) : 256;
        height = args.length >= 2 ? Integer.parseInt(args[1]) : 256;
        scene = new Scene();
        camera = new Camera(width, height);
        pixels = new int[width * height];
        done = new boolean[(height + BAND - 1) / BAND];
        System.out.println("job: " + width + "x" + height + " in " + done.length + " bands");
    }
}
