// Abstract classes: abstract methods implemented in subclasses, concrete
// methods of the abstract class calling them (template method), abstract
// classes with constructors and state, and an abstract class extending
// another.
public class AbstractClasses {
    abstract static class Shape {
        private final String name;

        Shape(String name) {
            this.name = name;
        }

        abstract double area();

        abstract double perimeter();

        String report() {
            return name + ": area " + area() + ", perimeter " + perimeter();
        }
    }

    static class Rectangle extends Shape {
        final double w;
        final double h;

        Rectangle(double w, double h) {
            this("rectangle", w, h);
        }

        Rectangle(String name, double w, double h) {
            super(name);
            this.w = w;
            this.h = h;
        }

        double area() {
            return w * h;
        }

        double perimeter() {
            return 2 * (w + h);
        }
    }

    static class Square extends Rectangle {
        Square(double s) {
            super("square", s, s);
        }
    }

    abstract static class Polygon extends Shape {
        Polygon(String name) {
            super(name);
        }

        abstract int sides();

        double perimeter() {
            return sides() * side();
        }

        abstract double side();
    }

    static class Hexagon extends Polygon {
        Hexagon() {
            super("hexagon");
        }

        int sides() {
            return 6;
        }

        double side() {
            return 2;
        }

        double area() {
            return 3 * Math.sqrt(3) / 2 * side() * side();
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            super("circle");
            this.r = r;
        }

        double area() {
            return Math.PI * r * r;
        }

        double perimeter() {
            return 2 * Math.PI * r;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rectangle(2, 3.5), new Square(4), new Hexagon(), new Circle(1)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.report());
            total += s.area();
        }
        System.out.println("total area " + total);
        Polygon p = new Hexagon();
        System.out.println("polygon sides " + p.sides() + " perimeter " + p.perimeter());
        Shape largest = shapes[0];
        for (Shape s : shapes) {
            if (s.area() > largest.area()) {
                largest = s;
            }
        }
        System.out.println("largest " + largest.report());
    }
}
