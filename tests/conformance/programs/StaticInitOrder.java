// Class initialisation (JLS 12.4): a class is initialised at its first
// active use (new, static method call, non-constant static field access),
// superclass first, static field initialisers and static blocks in
// textual order; reading a compile-time constant does not initialise.
public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        System.out.println("init: " + s);
        return v;
    }

    static class Constants {
        static final int LIMIT = 42;
        static final String NAME = "constants";
        static int counter = note("Constants.counter", 1);

        static {
            note("Constants static block", 0);
        }
    }

    static class Base {
        static int baseValue = note("Base.baseValue", 10);

        static {
            note("Base static block", 0);
        }

        static int doubled() {
            return baseValue * 2;
        }
    }

    static class Derived extends Base {
        static {
            note("Derived static block 1", 0);
        }

        static int derivedValue = note("Derived.derivedValue", baseValue + 5);

        static {
            note("Derived static block 2 sees " + derivedValue, 0);
        }

        static void touch() {
            System.out.println("Derived.touch");
        }
    }

    static class Lazy {
        static {
            note("Lazy static block", 0);
        }

        static int value = 3;
    }

    static class Forward {
        static int a = b();
        static int c = 7;

        static int b() {
            return c + 1;
        }
    }

    static class UsesOther {
        static int fromOther = note("UsesOther.fromOther", Lazy.value * 100);
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("constant " + Constants.LIMIT + " " + Constants.NAME);
        System.out.println("after constants");
        System.out.println("counter " + Constants.counter);
        System.out.println("doubled " + Base.doubled());
        System.out.println("before Derived");
        Derived.touch();
        Derived.touch();
        System.out.println("derivedValue " + Derived.derivedValue);
        Lazy[] noInit = new Lazy[3];
        System.out.println("array of Lazy does not initialise: " + noInit.length);
        System.out.println("UsesOther " + UsesOther.fromOther);
        System.out.println("Forward.a sees default c: " + Forward.a + ", c " + Forward.c);
        System.out.println("log: " + log);
    }
}
