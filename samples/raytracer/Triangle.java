// A triangle, intersected with the Moeller-Trumbore test.
public class Triangle extends Shape {
    final Vec a;
    final Vec edge1;
    final Vec edge2;
    final Vec normal;

    Triangle(Vec a, Vec b, Vec c, Material material) {
        super(material);
        this.a = a;
        this.edge1 = b.sub(a);
        this.edge2 = c.sub(a);
        this.normal = edge1.cross(edge2).normalized();
    }

    double intersect(Vec origin, Vec dir) {
        Vec p = dir.cross(edge2);
        double det = edge1.dot(p);
        if (det > -EPSILON && det < EPSILON) {
            return -1.0;
        }
        double inverse = 1.0 / det;
        Vec s = origin.sub(a);
        double u = s.dot(p) * inverse;
        if (u < 0.0 || u > 1.0) {
            return -1.0;
        }
        Vec q = s.cross(edge1);
        double v = dir.dot(q) * inverse;
        if (v < 0.0 || u + v > 1.0) {
            return -1.0;
        }
        double t = edge2.dot(q) * inverse;
        return t > EPSILON ? t : -1.0;
    }

    Vec normalAt(Vec point) {
        return normal;
    }
}
