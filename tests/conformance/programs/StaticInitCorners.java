// Corners of class initialisation (JLS 12.4.1): an inherited static field
// named through a subclass initialises only the declaring class, a static
// field write initialises, a nested class is not initialised with its
// enclosing class, a static member reached through a null reference
// neither throws nor needs the object, and a cycle of initialisers sees
// defaults.
public class StaticInitCorners {
    static int note(String s) {
        System.out.println("init " + s);
        return s.length();
    }

    static class Base {
        static int shared = note("Base");

        static int twice() {
            return shared * 2;
        }
    }

    static class Sub extends Base {
        static int own = note("Sub");
    }

    static class Target {
        static int written;

        static {
            note("Target, written=" + written);
        }
    }

    static class Outer {
        static int outerValue = note("Outer");

        static class Inside {
            static int insideValue = note("Outer.Inside");
        }
    }

    static class CycleA {
        static int a = note("CycleA") + CycleB.b;
        static int seenFromA = CycleB.b;
    }

    static class CycleB {
        static int b = 100 + CycleA.a;
    }

    static class Holder {
        static int counter = note("Holder");

        static int bump() {
            return ++counter;
        }
    }

    public static void main(String[] args) {
        System.out.println("Sub.shared = " + Sub.shared);
        System.out.println("Sub.twice() = " + Sub.twice());
        System.out.println("now Sub.own = " + Sub.own);
        Target.written = 5;
        System.out.println("Target.written = " + Target.written);
        System.out.println("Outer.outerValue = " + Outer.outerValue);
        System.out.println("Inside = " + Outer.Inside.insideValue);
        System.out.println("CycleA.a = " + CycleA.a + ", seenFromA = " + CycleA.seenFromA + ", CycleB.b = " + CycleB.b);
        Holder nothing = null;
        System.out.println("through null: " + nothing.bump() + " " + nothing.counter);
        Holder.counter += 10;
        System.out.println("counter " + Holder.counter);
    }
}
