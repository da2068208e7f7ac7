package geometry;

// A public class in a named package, used from another package.
public class Point {
    public final int x;
    public final int y;
    int packagePrivateTag = 7;

    public Point(int x, int y) {
        this.x = x;
        this.y = y;
    }

    public Point plus(Point other) {
        return new Point(x + other.x, y + other.y);
    }

    public static class Origin extends Point {
        public Origin() {
            super(0, 0);
        }
    }

    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
