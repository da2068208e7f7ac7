// Class and instance initialisation order (JLS 12.4, 12.5): static
// initialisers and static field initialisers in textual order, superclass
// first; instance initialisers and field initialisers after super() and
// before the rest of the constructor, in textual order; a virtual call from
// a superclass constructor sees the subclass's fields still at default.
class InitializationOrder {
    static void log(String s) {
        System.out.println(s);
    }

    static class Parent {
        static int sCount = count("Parent static field");

        static {
            log("Parent static block");
        }

        int p = count("Parent instance field");

        {
            log("Parent instance block");
        }

        Parent() {
            log("Parent constructor, describe=" + describe());
        }

        String describe() {
            return "parent";
        }

        static int count(String what) {
            log(what);
            return 1;
        }
    }

    static class Child extends Parent {
        static {
            log("Child static block 1");
        }

        static final String CONSTANT = "constant";
        static String sField = text("Child static field");

        static {
            log("Child static block 2");
        }

        String name = text("Child instance field");

        {
            log("Child instance block, name=" + name);
        }

        Child() {
            super();
            log("Child constructor");
        }

        String describe() {
            return "child with name " + name;
        }

        static String text(String what) {
            log(what);
            return what;
        }
    }

    public static void main(String[] args) {
        log("main, " + Child.CONSTANT);
        new Child();
        log("second");
        new Child();
    }
}
