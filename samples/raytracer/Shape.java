// Something a ray can hit.
public abstract class Shape {
    // Rays start this far off a surface so they do not hit it again.
    static final double EPSILON = 1e-6;

    final Material material;

    Shape(Material material) {
        this.material = material;
    }

    // The distance along the unit direction `dir` from `origin` to the nearest
    // hit farther than EPSILON, or a negative number when the ray misses.
    abstract double intersect(Vec origin, Vec dir);

    // The unit surface normal at `point`, which lies on the surface.
    abstract Vec normalAt(Vec point);
}
