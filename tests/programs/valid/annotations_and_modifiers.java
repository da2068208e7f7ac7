// The accepted annotations (@Override, @SuppressWarnings, @Deprecated,
// @FunctionalInterface) and the modifiers that are accepted and ignored
// (volatile, transient, strictfp).
class AnnotationsAndModifiers {
    @FunctionalInterface
    interface Action {
        void act();
    }

    static class Base {
        @Deprecated
        void old() {
            System.out.println("old");
        }

        public String toString() {
            return "Base";
        }
    }

    static class Derived extends Base implements Action {
        volatile int flag;
        transient long cache;

        @Override
        public void act() {
            System.out.println("act " + flag + " " + cache);
        }

        @Override
        @SuppressWarnings("deprecation")
        void old() {
            super.old();
        }

        @Override
        public String toString() {
            return "Derived";
        }
    }

    @SuppressWarnings({"unused", "rawtypes"})
    static strictfp double half(double x) {
        int unused = 0;
        return x / 2;
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        d.flag = 1;
        d.act();
        d.old();
        System.out.println(d + " " + half(3));
        @SuppressWarnings("unused")
        final int local = 3;
    }
}
