// Array covariance: a String[] seen as Object[] rejects a non-String store
// with ArrayStoreException, the failed store leaves the array unchanged,
// and stores of null or of a subtype succeed.
public class ArrayStoreErrors {
    static class Shape {
        int sides() {
            return 0;
        }
    }

    static class Square extends Shape {
        int sides() {
            return 4;
        }
    }

    static class Triangle extends Shape {
        int sides() {
            return 3;
        }
    }

    static boolean store(Object[] target, int i, Object value) {
        try {
            target[i] = value;
            return true;
        } catch (ArrayStoreException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        Object[] strings = new String[3];
        System.out.println("store String: " + store(strings, 0, "hello"));
        System.out.println("store null: " + store(strings, 1, null));
        System.out.println("store Object: " + store(strings, 2, new Object()));
        System.out.println("store int[]: " + store(strings, 2, new int[0]));
        System.out.println("contents " + strings[0] + " " + strings[1] + " " + strings[2]);
        Shape[] squares = new Square[2];
        Object[] asObjects = squares;
        System.out.println("store Square: " + store(asObjects, 0, new Square()));
        System.out.println("store Triangle: " + store(asObjects, 1, new Triangle()));
        System.out.println("store Shape: " + store(asObjects, 1, new Shape()));
        System.out.println("squares[0] sides " + squares[0].sides() + ", squares[1] " + squares[1]);
        Shape[] shapes = new Shape[2];
        System.out.println("Shape[] takes Triangle: " + store(shapes, 0, new Triangle())
            + ", Square: " + store(shapes, 1, new Square()));
        System.out.println("sides " + shapes[0].sides() + " " + shapes[1].sides());
        Object[][] grid = new String[2][2];
        try {
            grid[0] = new Integer[2];
            System.out.println("not reached");
        } catch (ArrayStoreException e) {
            System.out.println("row of wrong type: ArrayStoreException");
        }
        try {
            grid[1][1] = "ok";
            grid[1][0] = new StringBuilder();
            System.out.println("not reached");
        } catch (ArrayStoreException e) {
            System.out.println("element of wrong type: ArrayStoreException, [1][1] = " + grid[1][1]);
        }
        Object[] plain = new Object[2];
        plain[0] = "any";
        plain[1] = new int[3];
        System.out.println("Object[] takes anything: " + (plain[1] instanceof int[]));
        Comparable[] comparables = new String[1];
        try {
            comparables[0] = "fine";
            System.out.println("Comparable[] backed by String[]: " + comparables[0]);
        } catch (ArrayStoreException e) {
            System.out.println("unexpected");
        }
        int failures = 0;
        Object[] target = new Square[10];
        for (int i = 0; i < 100; i++) {
            Object v = i % 3 == 0 ? new Triangle() : new Square();
            if (!store(target, i % 10, v)) {
                failures++;
            }
        }
        System.out.println("failures " + failures);
    }
}
