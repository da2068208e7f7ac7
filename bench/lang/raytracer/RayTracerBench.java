// The ray tracer of samples/raytracer as a steady-state benchmark: the
// sample's scene, camera and renderer (compiled together with this file)
// render a size x size image in bands of 16 rows, as the sample's main does,
// and the result is the sample's pixel checksum. At size 256 the lines equal
// the sample's expected output. Usage: RayTracerBench [size [repetitions]].
public class RayTracerBench extends LangBench {
    static final int BAND_HEIGHT = 16;

    protected String runOnce(int size) {
        Scene scene = new Scene();
        Camera camera = new Camera(size, size);
        int[] pixels = new int[size * size];
        for (int first = 0; first < size; first += BAND_HEIGHT) {
            new Rows(first, Math.min(first + BAND_HEIGHT, size)).render(scene, camera, pixels);
        }
        return "raytracer " + size + "x" + size + ", " + scene.shapes.length + " shapes, " + scene.lights.length
                + " lights\nchecksum: " + RayTracer.checksum(pixels) + "\n";
    }

    public static void main(String[] args) {
        run(new RayTracerBench(), "RayTracerBench", args, 256, 1, 8192);
    }
}
