// Abstract classes: abstract methods implemented in subclasses, concrete
// methods calling abstract ones (template method), abstract constructors
// run through super().
abstract class Shape {
    private static int created;
    final String label;

    Shape(String label) {
        this.label = label;
        created++;
    }

    abstract double area();

    abstract double perimeter();

    String report() {
        return label + ": area " + area() + ", perimeter " + perimeter();
    }

    static int created() {
        return created;
    }
}

abstract class Polygon extends Shape {
    Polygon(String label) {
        super(label);
    }

    abstract int sides();

    double perimeter() {
        return sides() * side();
    }

    abstract double side();
}

class Square extends Polygon {
    private final double side;

    Square(double side) {
        super("square");
        this.side = side;
    }

    int sides() {
        return 4;
    }

    double side() {
        return side;
    }

    double area() {
        return side * side;
    }
}

class Circle extends Shape {
    final double radius;

    Circle(double radius) {
        super("circle");
        this.radius = radius;
    }

    double area() {
        return 3 * radius * radius;
    }

    double perimeter() {
        return 6 * radius;
    }
}

class AbstractClasses {
    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Circle(1.5)};
        for (Shape s : shapes) {
            System.out.println(s.report());
        }
        System.out.println(Shape.created());
    }
}
