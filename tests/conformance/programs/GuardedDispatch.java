// Virtual calls with few possible receiver classes, which the compiler turns into type tests and
// direct calls (docs/CODEGEN.md): every receiver must still run its own class's method, whether
// two classes share an inherited method, a grandchild overrides it, the result is a primitive,
// a reference with a covariant type or nothing, the method throws, or the receiver is null.
public class GuardedDispatch {
    abstract static class Shape {
        abstract double area();

        String name() {
            return "shape";
        }

        Shape grow(double factor) {
            return this;
        }

        void describe(StringBuilder out) {
            out.append(name()).append(':').append((long) (area() * 100)).append(' ');
        }
    }

    static class Square extends Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        double area() {
            return side * side;
        }

        String name() {
            return "square";
        }

        Square grow(double factor) {  // a covariant result
            return new Square(side * factor);
        }
    }

    static class Disc extends Shape {
        final double radius;

        Disc(double radius) {
            this.radius = radius;
        }

        double area() {
            if (radius < 0) throw new IllegalStateException("negative radius " + radius);
            return 3.0 * radius * radius;
        }
    }

    // Inherits name() and grow() from Shape, area() from Disc.
    static class Ring extends Disc {
        Ring(double radius) {
            super(radius);
        }
    }

    // Overrides what its parent inherited.
    static class Target extends Ring {
        Target(double radius) {
            super(radius);
        }

        String name() {
            return "target";
        }

        void describe(StringBuilder out) {
            out.append("[target ").append((long) area()).append("] ");
        }
    }

    // A second hierarchy with many classes: its calls keep the vtable.
    abstract static class Digit {
        abstract int value();
    }

    static class D0 extends Digit { int value() { return 0; } }
    static class D1 extends Digit { int value() { return 1; } }
    static class D2 extends Digit { int value() { return 2; } }
    static class D3 extends Digit { int value() { return 3; } }
    static class D4 extends Digit { int value() { return 4; } }
    static class D5 extends Digit { int value() { return 5; } }

    // Overrides a library method that library code calls (Throwable.toString calls
    // getLocalizedMessage, which calls getMessage): the library is compiled before this class.
    static class Loud extends RuntimeException {
        Loud() {
            super("quiet");
        }

        public String getMessage() {
            return "LOUD";
        }
    }

    static double total(Shape[] shapes) {
        double sum = 0;
        for (int i = 0; i < shapes.length; i++) sum += shapes[i].area();
        return sum;
    }

    static String names(Shape[] shapes) {
        StringBuilder out = new StringBuilder();
        for (Shape shape : shapes) out.append(shape.name()).append(' ');
        return out.toString();
    }

    static double grown(Shape[] shapes) {
        double sum = 0;
        for (Shape shape : shapes) sum += shape.grow(2.0).area();
        return sum;
    }

    static long digits(Digit[] digits) {
        long number = 0;
        for (Digit digit : digits) number = number * 10 + digit.value();
        return number;
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(1.5), new Disc(1.0), new Ring(2.0), new Target(0.5), new Square(3.0)};
        System.out.println("total " + total(shapes));
        System.out.println("names " + names(shapes));
        System.out.println("grown " + grown(shapes));
        StringBuilder out = new StringBuilder();
        for (Shape shape : shapes) shape.describe(out);
        System.out.println("described " + out);

        Shape[] bad = {new Square(1.0), new Ring(-1.0), new Square(2.0)};
        try {
            System.out.println("total " + total(bad));
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }

        Shape[] holes = {new Disc(1.0), null};
        try {
            System.out.println("names " + names(holes));
        } catch (NullPointerException e) {
            System.out.println("caught a null receiver");
        }

        // Many calls over a changing mix, so that each test is taken both ways.
        double sum = 0;
        for (int i = 0; i < 10000; i++) {
            Shape shape = shapes[(i * 7) % shapes.length];
            sum += shape.area() + shape.name().length();
        }
        System.out.println("mixed " + (long) sum);

        Digit[] ds = {new D3(), new D1(), new D4(), new D1(), new D5(), new D0(), new D2()};
        System.out.println("digits " + digits(ds));
        System.out.println(new Loud().toString() + " " + new IllegalStateException("plain").toString());
    }
}
