// The ray tracer of the Plurix benchmarks: diffuse and specular shading,
// shadows and two levels of reflection over 99 spheres, 8 triangles and three
// point lights. Usage: RayTracer [ppm] [W H]. Prints the image's checksum, or
// with "ppm" the image itself as PPM (P3) text.
public class RayTracer {
    public static void main(String[] args) {
        boolean ppm = args.length > 0 && args[0].equals("ppm");
        int next = ppm ? 1 : 0;
        int width = 256;
        int height = 256;
        if (args.length >= next + 2) {
            width = Integer.parseInt(args[next]);
            height = Integer.parseInt(args[next + 1]);
        }
        Scene scene = new Scene();
        Camera camera = new Camera(width, height);
        int[] pixels = new int[width * height];
        int bandHeight = 16;
        for (int first = 0; first < height; first += bandHeight) {
            new Rows(first, Math.min(first + bandHeight, height)).render(scene, camera, pixels);
        }
        if (ppm) {
            printPpm(pixels, width, height);
            return;
        }
        System.out.println("raytracer " + width + "x" + height + ", " + scene.shapes.length + " shapes, "
                + scene.lights.length + " lights");
        System.out.println("checksum: " + checksum(pixels));
    }

    static long checksum(int[] pixels) {
        long h = 0;
        for (int i = 0; i < pixels.length; i++) {
            h = h * 1000003L + pixels[i];
        }
        return h;
    }

    static void printPpm(int[] pixels, int width, int height) {
        System.out.println("P3");
        System.out.println(width + " " + height);
        System.out.println("255");
        for (int y = 0; y < height; y++) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < width; x++) {
                int p = pixels[y * width + x];
                if (x > 0) {
                    line.append(' ');
                }
                line.append((p >> 16) & 255).append(' ').append((p >> 8) & 255).append(' ').append(p & 255);
            }
            System.out.println(line.toString());
        }
    }
}
