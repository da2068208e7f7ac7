// Static nested classes and interfaces: access to the enclosing class's
// private static members and to a nested class's private members from the
// enclosing class, nesting in nesting, and same simple names in different
// enclosing classes.
public class StaticNested {
    private static int secret = 42;

    private static String whisper() {
        return "psst";
    }

    static class Outer {
        private int hidden = 7;

        static class Inner {
            private String tag = "inner";

            String reach() {
                return "secret " + secret + ", " + whisper();
            }

            static class Deepest {
                int level() {
                    return 3;
                }
            }
        }

        static class Node {
            final int value;
            Node next;

            Node(int value, Node next) {
                this.value = value;
                this.next = next;
            }
        }

        int peek(Inner i) {
            return hidden + i.tag.length();
        }
    }

    static class Other {
        static class Node {
            String text = "other node";
        }
    }

    interface Visitor {
        int visit(Outer.Node n);
    }

    static class Summer implements Visitor {
        int sum;

        public int visit(Outer.Node n) {
            sum += n.value;
            return sum;
        }
    }

    public static void main(String[] args) {
        Outer.Inner inner = new Outer.Inner();
        System.out.println(inner.reach());
        System.out.println("tag " + inner.tag);
        Outer outer = new Outer();
        System.out.println("peek " + outer.peek(inner) + " hidden " + outer.hidden);
        System.out.println("deepest " + new Outer.Inner.Deepest().level());
        Outer.Node list = null;
        for (int i = 1; i <= 5; i++) {
            list = new Outer.Node(i * i, list);
        }
        Visitor v = new Summer();
        int last = 0;
        for (Outer.Node n = list; n != null; n = n.next) {
            last = v.visit(n);
            System.out.print(n.value + " ");
        }
        System.out.println("sum " + last);
        System.out.println(new Other.Node().text);
        secret++;
        System.out.println("secret now " + secret + " via inner " + new Outer.Inner().reach());
    }
}
