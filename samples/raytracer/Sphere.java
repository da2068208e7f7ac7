public class Sphere extends Shape {
    final Vec center;
    final double radius;

    Sphere(Vec center, double radius, Material material) {
        super(material);
        this.center = center;
        this.radius = radius;
    }

    double intersect(Vec origin, Vec dir) {
        Vec oc = origin.sub(center);
        double b = oc.dot(dir);
        double c = oc.dot(oc) - radius * radius;
        double discriminant = b * b - c;
        if (discriminant < 0) {
            return -1.0;
        }
        double root = Math.sqrt(discriminant);
        double t = -b - root;
        if (t > EPSILON) {
            return t;
        }
        t = -b + root;
        return t > EPSILON ? t : -1.0;
    }

    Vec normalAt(Vec point) {
        return point.sub(center).scale(1.0 / radius);
    }
}
