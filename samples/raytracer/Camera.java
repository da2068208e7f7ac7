// A pinhole camera looking from `eye` towards the scene's centre.
public class Camera {
    final Vec eye;
    final int width;
    final int height;
    private final Vec forward;
    private final Vec right;
    private final Vec up;

    Camera(int width, int height) {
        this.width = width;
        this.height = height;
        eye = new Vec(0.0, 5.0, -9.0);
        forward = new Vec(0.0, 1.0, 5.0).sub(eye).normalized();
        right = new Vec(0.0, 1.0, 0.0).cross(forward).normalized();
        up = forward.cross(right);
    }

    // The unit direction through the centre of pixel (x, y); y grows downwards.
    Vec direction(int x, int y) {
        double aspect = (double) width / height;
        double u = ((x + 0.5) / width * 2.0 - 1.0) * aspect * 0.6;
        double v = (1.0 - (y + 0.5) / height * 2.0) * 0.6;
        return forward.add(right.scale(u)).add(up.scale(v)).normalized();
    }
}
