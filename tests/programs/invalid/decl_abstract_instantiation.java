abstract class Shape {
    abstract double area();
}

interface Drawable {
    void draw();
}

class DeclAbstractInstantiation {
    static void f() {
        Shape s = new Shape(); // error: Shape is abstract; cannot be instantiated
        Drawable d = new Drawable(); // error: Drawable is abstract; cannot be instantiated
    }
}
