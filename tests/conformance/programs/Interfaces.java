// Interfaces: calls through interface references, interface constants,
// a class implementing several interfaces, interface inheritance, an
// interface implemented by unrelated classes, and inherited implementations.
public class Interfaces {
    interface Named {
        String PREFIX = "#";
        int VERSION = 3;

        String name();
    }

    interface Sized {
        int size();
    }

    interface Container extends Named, Sized {
        int CAPACITY = VERSION * 10;

        boolean contains(int x);
    }

    interface Resettable {
        void reset();
    }

    static class Box implements Container, Resettable {
        int[] items = {3, 1, 4};

        public String name() {
            return PREFIX + "box";
        }

        public int size() {
            return items.length;
        }

        public boolean contains(int x) {
            for (int i : items) {
                if (i == x) {
                    return true;
                }
            }
            return false;
        }

        public void reset() {
            items = new int[0];
        }
    }

    static class Person implements Named {
        final String n;

        Person(String n) {
            this.n = n;
        }

        public String name() {
            return n;
        }
    }

    static class Base implements Sized {
        public int size() {
            return 1;
        }
    }

    static class Sub extends Base implements Named {
        public String name() {
            return "sub of size " + size();
        }
    }

    static String describe(Named n) {
        return "Named[" + n.name() + "]";
    }

    public static void main(String[] args) {
        Box box = new Box();
        Named[] named = {box, new Person("ada"), new Sub()};
        for (Named n : named) {
            System.out.println(describe(n));
            System.out.println("  Sized " + (n instanceof Sized) + ", Container " + (n instanceof Container)
                + ", Resettable " + (n instanceof Resettable));
        }
        Container c = box;
        System.out.println("contains 4 " + c.contains(4) + ", contains 5 " + c.contains(5) + ", size " + c.size());
        Sized s = c;
        Resettable r = box;
        r.reset();
        System.out.println("after reset size " + s.size());
        System.out.println("constants " + Named.PREFIX + " " + Named.VERSION + " " + Container.CAPACITY + " "
            + Box.CAPACITY + " " + Container.PREFIX);
        Sized[] sizes = {new Base(), new Sub(), box};
        int total = 0;
        for (int i = 0; i < 30; i++) {
            total += sizes[i % 3].size();
        }
        System.out.println("total " + total);
        Runnable task = new Task();
        task.run();
        task.run();
        Comparable cmp = new Version(2);
        System.out.println("compare " + cmp.compareTo(new Version(5)) + " " + cmp.compareTo(new Version(1)));
    }

    static class Task implements Runnable {
        int runs;

        public void run() {
            runs++;
            System.out.println("task run " + runs);
        }
    }

    static class Version implements Comparable {
        final int v;

        Version(int v) {
            this.v = v;
        }

        public int compareTo(Object o) {
            return Integer.compare(v, ((Version) o).v);
        }
    }
}
