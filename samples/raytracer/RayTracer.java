// The ray tracer of the Plurix benchmarks: diffuse and specular shading,
// shadows and two levels of reflection over 99 spheres, 8 triangles and three
// point lights. Usage: RayTracer [ppm] [W H]. Prints the image's checksum, or
// with "ppm" the image itself as PPM (P3) text.
public class RayTracer {
    public static void main(String[] args) {
        boolean ppm = wantsPpm(args);
        Scene scene = new Scene();
        Camera camera = cameraFor(args);
        int width = camera.width;
        int height = camera.height;
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

    /** Whether the arguments ([ppm] [W H]) ask for the picture as PPM text. */
    static boolean wantsPpm(String[] args) {
        return args.length > 0 && args[0].equals("ppm");
    }

    /** The camera of the size the arguments ([ppm] [W H]) give, 256x256 without one. */
    static Camera cameraFor(String[] args) {
        int next = wantsPpm(args) ? 1 : 0;
        if (args.length >= next + 2) {
            return new Camera(Integer.parseInt(args[next]), Integer.parseInt(args[next + 1]));
        }
        return new Camera(256, 256);
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
