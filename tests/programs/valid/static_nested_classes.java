// Static nested classes and nested interfaces: qualified names, access to
// the enclosing class's private statics, nesting two levels deep, and a
// nested class extending its enclosing class.
class StaticNestedClasses {
    private static int secret = 7;

    interface Visitor {
        int visit(Node n);
    }

    static class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        static class Builder {
            private Node head;

            Builder add(int v) {
                head = new Node(v + secret, head);
                return this;
            }

            Node build() {
                return head;
            }
        }
    }

    static class Summer implements Visitor {
        public int visit(Node n) {
            int sum = 0;
            for (Node p = n; p != null; p = p.next) {
                sum += p.value;
            }
            return sum;
        }
    }

    static class Special extends StaticNestedClasses {
        int peek() {
            return secret;
        }
    }

    public static void main(String[] args) {
        StaticNestedClasses.Node.Builder b = new Node.Builder();
        Node list = b.add(1).add(2).add(3).build();
        Visitor v = new Summer();
        System.out.println(v.visit(list));
        StaticNestedClasses.Visitor w = new StaticNestedClasses.Summer();
        System.out.println(w.visit(list.next));
        System.out.println(new Special().peek());
    }
}
