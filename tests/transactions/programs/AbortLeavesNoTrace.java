// plurix: extension
import plurix.*;

// A step whose exception escapes run() is aborted: every heap write it made
// (static fields, instance fields of old objects, a newly allocated object
// graph linked into old ones, its own fields, a registration) is undone and
// nothing it printed, to either stream, appears. The scheduler reports the
// exception on standard error as printStackTrace prints it, after
// `Exception in transaction "Class" (station 0) `, and unregisters the
// transaction, so it never runs again. The observers, one running before
// and one after it in the same round, and both in later rounds, see only
// the values main committed. The run ends with status 0.
public class AbortLeavesNoTrace {
    static int counter = 1;
    static String label = "initial";
    static Holder shared;
    static Node list;
    static Doomed doomed;
    static Wrapped wrapped;

    static class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static class Holder {
        int count;
        String text;
        Node graph;
        int[] numbers = {1, 2, 3};
    }

    static class Doomed extends Transaction {
        int steps;

        public void run() {
            steps++;
            System.out.println("doomed: this line never appears");
            System.err.println("doomed: nor does this one");
            counter = 99;
            label = "changed";
            shared.count = 11;
            shared.text = "eleven";
            shared.numbers[1] = 20;
            Node fresh = new Node(7, new Node(8, null));
            fresh.next.next = fresh;
            shared.graph = fresh;
            list.value = 100;
            list.next.next = null;
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 20000; i++) {
                big.append((char) ('a' + i % 26));
            }
            label = big.toString();
            STATION.register(new Never(), 1000);
            throw new IllegalStateException("failed after writing counter=" + counter);
        }
    }

    // Its exception has a cause thrown two calls deep, so the report has a
    // "Caused by:" section and "... n more", as printStackTrace prints them.
    static class Wrapped extends Transaction {
        public void run() {
            System.out.println("wrapped: never appears either");
            counter = -1;
            try {
                divideDeep(counter, 0);
            } catch (ArithmeticException e) {
                throw new RuntimeException("wrapped failure", e);
            }
        }

        static int divideDeep(int a, int b) {
            return divide(a, b);
        }

        static int divide(int a, int b) {
            return a / b;
        }
    }

    // Registered only by the doomed step, which aborts: it must never run.
    static class Never extends Transaction {
        public void run() {
            System.out.println("never: registered by an aborted step, yet running");
            STATION.unregister(this);
        }
    }

    static class Observer extends Transaction {
        final String name;
        int rounds;

        Observer(String name) {
            this.name = name;
        }

        public void run() {
            rounds++;
            System.out.println(name + " round " + rounds + ": " + state());
            if (rounds == 3) {
                STATION.unregister(this);
            }
        }
    }

    static String state() {
        StringBuilder s = new StringBuilder();
        s.append("counter=").append(counter).append(" label=").append(label);
        s.append(" count=").append(shared.count).append(" text=").append(shared.text);
        s.append(" numbers=").append(shared.numbers[0]).append(',').append(shared.numbers[1]).append(',')
                .append(shared.numbers[2]);
        s.append(" graph=").append(shared.graph == null ? "null" : "set");
        s.append(" list=");
        for (Node n = list; n != null; n = n.next) {
            s.append(n.value).append(n.next == null ? "" : ",");
        }
        s.append(" doomed.steps=").append(doomed.steps);
        Transaction[] all = STATION.transactions();
        s.append(" registered=");
        for (int i = 0; i < all.length; i++) {
            s.append(i == 0 ? "" : "+").append(nameOf(all[i]));
        }
        return s.toString();
    }

    static String nameOf(Transaction t) {
        if (t == doomed) {
            return "doomed";
        }
        if (t == wrapped) {
            return "wrapped";
        }
        if (t instanceof Observer) {
            return ((Observer) t).name;
        }
        return "other";
    }

    public static void main(String[] args) {
        shared = new Holder();
        shared.count = 10;
        shared.text = "ten";
        list = new Node(1, new Node(2, new Node(3, null)));
        doomed = new Doomed();
        wrapped = new Wrapped();
        STATION.register(new Observer("before"), 1);
        STATION.register(doomed);
        STATION.register(wrapped);
        STATION.register(new Observer("after"), -1);
        System.out.println("main: " + state());
    }
}
