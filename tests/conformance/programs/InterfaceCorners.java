// Interface dispatch corners: an interface method implemented by a method
// inherited from a superclass that does not implement the interface, two
// interfaces declaring the same method, a method redeclared in a
// subinterface, an abstract class leaving interface methods to subclasses,
// Object's methods called through interface references, and arrays held
// as Cloneable.
public class InterfaceCorners {
    interface Speaker {
        String speak();
    }

    interface Talker {
        String speak();

        int volume();
    }

    interface LoudTalker extends Talker {
        String speak();
    }

    static class Plain {
        public String speak() {
            return "plain speaks";
        }

        public int volume() {
            return 3;
        }
    }

    static class Inherits extends Plain implements Speaker, LoudTalker {
    }

    static class Overrides extends Inherits {
        public String speak() {
            return "overridden, then " + super.speak();
        }
    }

    abstract static class Partial implements Talker {
        public int volume() {
            return 11;
        }
    }

    static class Complete extends Partial {
        public String speak() {
            return "complete";
        }

        public String toString() {
            return "Complete#" + volume();
        }

        public boolean equals(Object o) {
            return o instanceof Complete;
        }

        public int hashCode() {
            return 1234;
        }
    }

    static String viaSpeaker(Speaker s) {
        return s.speak();
    }

    static String viaTalker(Talker t) {
        return t.speak() + "@" + t.volume();
    }

    static String viaLoud(LoudTalker t) {
        return t.speak() + "!";
    }

    public static void main(String[] args) {
        Inherits in = new Inherits();
        Overrides ov = new Overrides();
        System.out.println(viaSpeaker(in) + " | " + viaTalker(in) + " | " + viaLoud(in));
        System.out.println(viaSpeaker(ov) + " | " + viaTalker(ov) + " | " + viaLoud(ov));
        Talker c = new Complete();
        System.out.println(viaTalker(c) + " | " + c.toString() + " | " + c.equals(new Complete()) + " " + c.hashCode()
            + " | " + c);
        Speaker[] speakers = {in, ov, in};
        Talker[] talkers = {in, ov, c};
        int total = 0;
        for (int i = 0; i < 300; i++) {
            total += speakers[i % 3].speak().length() + talkers[i % 3].volume();
        }
        System.out.println("total " + total);
        Object o = ov;
        System.out.println("instanceof Speaker " + (o instanceof Speaker) + ", Talker " + (o instanceof Talker)
            + ", LoudTalker " + (o instanceof LoudTalker) + ", Complete is Speaker " + ((Object) c instanceof Speaker));
        Cloneable cl = new int[]{4, 5, 6};
        int[] back = (int[]) cl;
        System.out.println("array as Cloneable " + back.length + " " + back[2]);
        Comparable cmp = "beta";
        System.out.println("String through Comparable " + cmp.compareTo("alpha") + " " + cmp.equals("beta") + " " + cmp.hashCode()
            + " " + cmp.toString());
        Runnable r = args.length > 5 ? (Runnable) o : null;
        System.out.println("null Runnable " + (r == null));
    }
}
