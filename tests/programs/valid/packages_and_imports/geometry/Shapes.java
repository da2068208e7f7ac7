package geometry;

// Same-package access needs no import and sees package-private members.
public class Shapes {
    public static final int SIDES = 4;

    public static int tagOf(Point p) {
        return p.packagePrivateTag;
    }

    public static Point corner(int size) {
        return new Point(size, size);
    }
}
