// A point built by a callee that may throw (its argument may be null), then read: once the callee
// is inlined, the point must become plain doubles, with no object left in the caller's frame,
// although the callee's throwing path returns null where the normal one returns the point.
// Run for its output, and by tests/codegen/scalars_across_throws.sh for its optimised IR.
public class ScalarsAcrossThrows {
    static final class Point {
        final double x;
        final double y;

        Point(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Point plus(Point other) {
            return new Point(x + other.x, y + other.y);
        }

        Point minus(Point other) {
            return new Point(x - other.x, y - other.y);
        }

        double dot(Point other) {
            return x * other.x + y * other.y;
        }

        double lengthSquared() {
            return x * x + y * y;
        }
    }

    final Point origin;
    final Point axis;

    ScalarsAcrossThrows(Point origin, Point axis) {
        this.origin = origin;
        this.axis = axis;
    }

    // Shaped like a ray tracer's intersection test: points made from fields and arguments,
    // read again after early returns.
    double project(Point from, Point to) {
        Point d = to.minus(from);
        double along = axis.dot(d);
        if (along > -1e-9 && along < 1e-9) {
            return -1.0;
        }
        Point s = from.minus(origin);
        double u = s.dot(axis) / along;
        if (u < 0.0) {
            return -1.0;
        }
        return d.dot(s) * u + d.lengthSquared();
    }

    static double farness(Point a, Point b) {
        Point sum = a.plus(b);
        return sum.lengthSquared();
    }

    public static void main(String[] args) {
        Point a = new Point(1.5, -2.0);
        double total = 0.0;
        for (int i = 0; i < 1000; i++) {
            total += farness(a, new Point(i, 0.5 * i));
        }
        System.out.println(total);
        ScalarsAcrossThrows line = new ScalarsAcrossThrows(new Point(0.0, 1.0), new Point(1.0, 1.0));
        double projected = 0.0;
        for (int i = 0; i < 1000; i++) {
            projected += line.project(new Point(i, 2.0), new Point(-i, 3.0 * i));
        }
        System.out.println(projected);
        try {
            farness(a, null);
        } catch (NullPointerException e) {
            System.out.println("null point refused");
        }
    }
}
