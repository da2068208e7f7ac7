package app;

import geometry.Point;
import geometry.*;
import java.util.Random;
import java.util.*;

// Imports: single-type, on-demand, java.lang implicit, a fully qualified
// name without import, and a nested class through its outer class.
public class Main {
    public static void main(String[] args) {
        Point a = new Point(1, 2);
        Point b = Shapes.corner(3);
        geometry.Point c = a.plus(b);
        Point.Origin o = new Point.Origin();
        System.out.println(a + " " + b + " " + c + " " + o + " " + Shapes.SIDES + " " + Shapes.tagOf(a));
        Random r = new Random(3);
        System.out.println(r.nextInt(1000) + " " + Arrays.toString(new int[] {c.x, c.y}));
        java.lang.String s = java.lang.Integer.toString(10);
        System.out.println(s);
    }
}
