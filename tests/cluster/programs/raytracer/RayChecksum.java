// Prints the image's checksum (as samples/raytracer prints it) if every band is done.
public class RayChecksum {
    public static void main(String[] args) {
        for (int i = 0; i < RayJob.done.length; i++) {
            if (!RayJob.done[i]) {
                System.out.println("band " + i + " is not done");
                System.exit(1);
            }
        }
        System.out.println("checksum: " + RayTracer.checksum(RayJob.pixels));
    }
}
