// The ray tracer of samples/raytracer split by bands of 16 rows over several stations: the
// creating station builds the scene and the job (main); every joined station runs RayWorker,
// which registers a transaction that claims bands one at a time and renders them; RayChecksum
// joins the bands and prints the image's checksum once every band is done. Each band is rendered
// into an array of its own (more than a page, so it takes whole pages of its own): bands rendered
// on different stations share no page. Nothing here is written after main but the claims, the
// bands and, once per worker at its end, its bands' done flags.
public class RayJob {
    static final int BAND = 16;
    static final int PAGE_BYTES = 4096;
    static Scene scene;
    static Camera camera;
    static int width;
    static int height;
    static int bands;
    static int[][] bandPixels;
    static boolean[] done;
    // claims[0] is the next band nobody has claimed. The array is larger than a page, so that a
    // claim conflicts with other claims only, not with steps reading the scene.
    static int[] claims;

    public static void main(String[] args) {
        width = args.length >= 2 ? Integer.parseInt(args[0]) : 256;
        height = args.length >= 2 ? Integer.parseInt(args[1]) : 256;
        scene = new Scene();
        camera = new Camera(width, height);
        bands = (height + BAND - 1) / BAND;
        bandPixels = new int[bands][];
        for (int b = 0; b < bands; b++) {
            bandPixels[b] = new int[width * (Math.min((b + 1) * BAND, height) - b * BAND)];
        }
        // More flags than bands, so that the array is larger than a page and lies on pages of its
        // own: a worker's last step writes it while the other workers' steps still read the
        // scene, and a small array would share a page with scene objects (docs/CLUSTER.md).
        done = new boolean[Math.max(bands, PAGE_BYTES + 1)];
        claims = new int[PAGE_BYTES / 4 + 1];
        System.out.println("job: " + width + "x" + height + " in " + bands + " bands");
    }
}
