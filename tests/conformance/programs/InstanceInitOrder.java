// Instance creation (JLS 12.5): the superclass constructor runs first, then
// the field initialisers and instance blocks in textual order, then the
// constructor body; a virtual call from the super constructor sees the
// subclass's fields at their defaults; this(...) delegates first.
public class InstanceInitOrder {
    static void log(String s) {
        System.out.println(s);
    }

    static int value(String what, int v) {
        log("  field " + what + " = " + v);
        return v;
    }

    static class Base {
        int baseField = value("baseField", 1);

        {
            log("  Base instance block, baseField=" + baseField);
        }

        Base() {
            log("  Base() calls describe(): " + describe());
        }

        Base(int x) {
            this();
            log("  Base(int " + x + ")");
        }

        String describe() {
            return "base";
        }
    }

    static class Derived extends Base {
        int size = value("size", 5);
        String label = "label";
        double ratio = 2.5;
        Object ref = new Object();

        {
            log("  Derived instance block 1, size=" + size);
        }

        int later = value("later", size * 2);

        {
            log("  Derived instance block 2, later=" + later);
        }

        Derived() {
            super(9);
            log("  Derived() size=" + size + " label=" + label);
        }

        Derived(String l) {
            this();
            label = l;
            log("  Derived(String) label=" + label);
        }

        String describe() {
            return "derived size=" + size + " label=" + label + " ratio=" + ratio + " ref null=" + (ref == null);
        }
    }

    static class Counter {
        static int created;
        final int id;

        {
            created++;
        }

        Counter() {
            id = created;
        }
    }

    public static void main(String[] args) {
        log("new Base()");
        Base b = new Base();
        log("new Derived()");
        Derived d = new Derived();
        log("describe after construction: " + d.describe());
        log("new Derived(\"x\")");
        Derived e = new Derived("x");
        log("label " + e.label);
        for (int i = 0; i < 3; i++) {
            Counter c = new Counter();
            log("counter id " + c.id);
        }
        log("created " + Counter.created + ", base field " + b.baseField);
    }
}
