// The picture being rendered: the scene, the camera and the pixels, shared by every station.
public class RayImage {
    final Scene scene;
    final Camera camera;
    final int[] pixels;

    RayImage(Scene scene, Camera camera) {
        this.scene = scene;
        this.camera = camera;
        this.pixels = new int[camera.width * camera.height];
    }

    int bands(int band) {
        return (camera.height + band - 1) / band;
    }

    // Renders the band-th band of the given height.
    void render(int band, int height) {
        int first = band * height;
        new Rows(first, Math.min(first + height, camera.height)).render(scene, camera, pixels);
    }
}
