// Exceptions during object creation: a field initialiser, an instance
// block or a constructor body throwing stops the creation, the partly
// built object is never returned, the work done so far stays done, and
// a checked exception from an instance initialiser is declared by every
// constructor.
public class InitializerExceptions {
    static StringBuilder log = new StringBuilder();
    static int created;

    static int risky(int v) {
        log.append("risky(").append(v).append(") ");
        if (v < 0) {
            throw new IllegalArgumentException("negative " + v);
        }
        return v;
    }

    static class Widget {
        final int size;
        int weight = risky(size() + 1);

        {
            log.append("block ");
        }

        Widget(int size) {
            this.size = risky(size);
            log.append("body ");
            created++;
        }

        int size() {
            return -5;
        }
    }

    static class Safe extends Widget {
        Safe(int size) {
            super(size);
        }

        int size() {
            return 10;
        }
    }

    static class Loader {
        static class MissingResource extends Exception {
            MissingResource(String what) {
                super(what);
            }
        }

        String data;

        {
            if (log.length() > 100000) {
                throw new MissingResource("never");
            }
            data = load("config");
        }

        Loader() throws MissingResource {
        }

        Loader(String extra) throws MissingResource {
            data += extra;
        }

        static String load(String name) throws MissingResource {
            if (name.startsWith("config")) {
                return name + ".loaded";
            }
            throw new MissingResource(name);
        }
    }

    public static void main(String[] args) {
        Widget w = null;
        try {
            w = new Widget(3);
        } catch (IllegalArgumentException e) {
            System.out.println("Widget failed: " + e.getMessage());
        }
        System.out.println("w is null: " + (w == null) + ", created " + created + ", log " + log);
        log.setLength(0);
        Safe s = new Safe(4);
        System.out.println("Safe size " + s.size + " weight " + s.weight + ", created " + created + ", log " + log);
        log.setLength(0);
        try {
            new Safe(-2);
        } catch (IllegalArgumentException e) {
            System.out.println("Safe(-2) failed in the constructor body: " + e.getMessage() + ", log " + log);
        }
        try {
            Loader l = new Loader("+extra");
            System.out.println("Loader " + l.data);
            System.out.println("direct load " + Loader.load("other"));
        } catch (Loader.MissingResource e) {
            System.out.println("missing " + e.getMessage());
        }
        int failures = 0;
        for (int i = -50; i < 50; i++) {
            try {
                new Safe(i);
            } catch (IllegalArgumentException e) {
                failures++;
            }
        }
        System.out.println("failures " + failures + " created " + created);
    }
}
