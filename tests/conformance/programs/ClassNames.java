// getClass().getName() and Class.toString for top-level, nested and
// doubly nested classes, library classes and arrays; getClass() follows
// the dynamic type and the same class gives the same Class object.
public class ClassNames {
    static class Outer {
        static class Inner {
        }
    }

    static class Child extends Outer {
    }

    interface Shape {
    }

    static class Circle implements Shape {
    }

    public static void main(String[] args) {
        System.out.println(new ClassNames().getClass().getName());
        System.out.println(new Outer().getClass().getName());
        System.out.println(new Outer.Inner().getClass().getName());
        Outer o = new Child();
        System.out.println(o.getClass().getName() + " " + o.getClass());
        Shape s = new Circle();
        System.out.println(s.getClass().getName());
        System.out.println("text".getClass().getName() + " " + new StringBuilder().getClass().getName() + " "
            + new Object().getClass().getName() + " " + new java.util.Random(1).getClass().getName());
        System.out.println(new RuntimeException().getClass().getName() + " " + new ArithmeticException().getClass());
        System.out.println(new Outer.Inner[0].getClass().getName() + " " + new Object[0][0].getClass().getName()
            + " " + new float[1].getClass().getName() + " " + new short[1].getClass().getName() + " "
            + new byte[1].getClass().getName());
        System.out.println("same Class " + (new Child().getClass() == o.getClass()) + ", differs from parent "
            + (new Outer().getClass() != o.getClass()));
        Object[] things = {"s", new int[0], new Circle(), new Child(), new IllegalStateException("x")};
        for (Object t : things) {
            System.out.println(t.getClass() + " -> " + t.getClass().getName().length());
        }
    }
}
