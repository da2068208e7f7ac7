// Overriding: virtual dispatch on the dynamic type, covariant return types,
// private methods are not overridden, static methods are hidden not
// overridden, final methods, and overriding equals/toString/hashCode.
public class Overriding {
    static class Animal {
        String sound() {
            return "...";
        }

        Animal self() {
            return this;
        }

        private String secret() {
            return "animal secret";
        }

        String reveal() {
            return secret();
        }

        static String kingdom() {
            return "animalia";
        }

        final String family() {
            return "family of " + sound();
        }

        public String toString() {
            return "Animal(" + sound() + ")";
        }
    }

    static class Dog extends Animal {
        String sound() {
            return "woof";
        }

        Dog self() {
            return this;
        }

        String fetch() {
            return "fetching";
        }

        String secret() {
            return "dog secret";
        }

        static String kingdom() {
            return "dogs";
        }
    }

    static class Puppy extends Dog {
        String sound() {
            return "yip (" + super.sound() + ")";
        }

        public String toString() {
            return "Puppy/" + super.toString();
        }
    }

    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Point)) {
                return false;
            }
            Point p = (Point) o;
            return p.x == x && p.y == y;
        }

        public int hashCode() {
            return 31 * x + y;
        }

        public String toString() {
            return "(" + x + "," + y + ")";
        }
    }

    public static void main(String[] args) {
        Animal[] animals = {new Animal(), new Dog(), new Puppy()};
        for (Animal a : animals) {
            System.out.println(a.sound() + " | " + a.reveal() + " | " + a.family() + " | " + a);
        }
        Dog d = new Puppy().self();
        System.out.println("covariant self: " + d.fetch() + " " + d.sound());
        Animal a = d;
        System.out.println("static hidden: " + Animal.kingdom() + " " + Dog.kingdom());
        System.out.println("dog secret directly: " + d.secret() + ", via Animal.reveal: " + a.reveal());
        Point p = new Point(1, 2);
        Point q = new Point(1, 2);
        Object r = new Point(2, 1);
        System.out.println("equals " + p.equals(q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("(1,2)"));
        System.out.println("== " + (p == q) + ", hash " + p.hashCode() + " " + r.hashCode());
        System.out.println("toString " + p + " " + r.toString() + " " + String.valueOf(r));
        Object o = p;
        System.out.println("through Object: " + o.equals(q) + " " + o.hashCode() + " " + o);
    }
}
