// Constructors: overloading, this(...) delegation, explicit and implicit
// super(...), the default constructor, and argument evaluation order.
class Constructors {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        return v;
    }

    static class Base {
        final int a;

        Base() {
            this(note("Base()", 1));
        }

        Base(int a) {
            this.a = a;
            note("Base(int)", 0);
        }
    }

    static class Derived extends Base {
        final int b;

        Derived() {
            note("Derived()", 0);
            b = -1;
        }

        Derived(int a, int b) {
            super(note("arg a", a));
            this.b = note("arg b", b);
        }

        Derived(String s) {
            this(s.length(), 0);
            note("Derived(String)", 0);
        }
    }

    static class Defaulted extends Derived {
    }

    public static void main(String[] args) {
        Derived d1 = new Derived();
        System.out.println(log + "| " + d1.a + " " + d1.b);
        log.setLength(0);
        Derived d2 = new Derived(5, 6);
        System.out.println(log + "| " + d2.a + " " + d2.b);
        log.setLength(0);
        Derived d3 = new Derived("four");
        System.out.println(log + "| " + d3.a + " " + d3.b);
        log.setLength(0);
        Defaulted d4 = new Defaulted();
        System.out.println(log + "| " + d4.a + " " + d4.b);
    }
}
