// Joins the bands into one image and prints its checksum (as samples/raytracer prints it) if
// every band is done.
public class RayChecksum {
    public static void main(String[] args) {
        int[] pixels = new int[RayJob.width * RayJob.height];
        for (int b = 0; b < RayJob.bands; b++) {
            if (!RayJob.done[b]) {
                System.out.println("band " + b + " is not done");
                System.exit(1);
            }
            int[] band = RayJob.bandPixels[b];
            System.arraycopy(band, 0, pixels, b * RayJob.BAND * RayJob.width, band.length);
        }
        System.out.println("checksum: " + RayTracer.checksum(pixels));
    }
}
