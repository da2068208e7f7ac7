// The picture being rendered: the scene and the camera, shared by every station, and the pixels
// in bands of rows, each band an array of its own. A band of more than a page takes whole pages
// of its own, so stations rendering neighbouring bands write no page in common.
public class RayImage {
    final Scene scene;
    final Camera camera;
    final int bandHeight;
    final int[][] bands;
    // claims[0] is the next band no station has claimed. More than a page, so that a claim
    // conflicts with other claims only, not with the steps that read the scene.
    private final int[] claims = new int[1025];

    RayImage(Scene scene, Camera camera, int bandHeight) {
        this.scene = scene;
        this.camera = camera;
        this.bandHeight = bandHeight;
        this.bands = new int[(camera.height + bandHeight - 1) / bandHeight][];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new int[camera.width * (Math.min((b + 1) * bandHeight, camera.height) - b * bandHeight)];
        }
    }

    // The next band nobody has claimed, now claimed by the caller's transaction; -1 once every
    // band is claimed.
    int claimNext() {
        int band = claims[0];
        if (band >= bands.length) {
            return -1;
        }
        claims[0] = band + 1;
        return band;
    }

    // Renders the band-th band.
    void render(int band) {
        int first = band * bandHeight;
        new Rows(first, Math.min(first + bandHeight, camera.height)).renderInto(scene, camera, bands[band]);
    }

    // The whole image, row after row, as samples/raytracer keeps it.
    int[] pixels() {
        int[] pixels = new int[camera.width * camera.height];
        for (int b = 0; b < bands.length; b++) {
            System.arraycopy(bands[b], 0, pixels, b * bandHeight * camera.width, bands[b].length);
        }
        return pixels;
    }
}
