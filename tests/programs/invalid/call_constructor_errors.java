class Point {
    Point(int x, int y) {
    }

    Point(double x, double y) {
    }
}

class Single {
    Single(String name) {
    }
}

class CallConstructorErrors {
    static void f() {
        Point p = new Point(1); // error: no suitable constructor found for Point(int)
        Single s = new Single(5); // error: incompatible types: int cannot be converted to String
        Single t = new Single(); // error: constructor Single in class Single cannot be applied to given types
    }
}
