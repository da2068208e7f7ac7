// plurix: extension
import plurix.*;

// Steps that allocate much and keep little: every step of the two jobs
// makes 2000 objects and a string by repeated concatenation, and links only
// every hundredth object into its job's list. The collector runs between
// rounds as a system transaction (and, with --inject-aborts, is itself
// aborted and rerun), moving nothing a committed step still reaches: after
// 150 steps each list holds 20 nodes per step with the values it was given.
public class GarbageAcrossSteps {
    static final int STEPS = 150;

    static class Node {
        final int value;
        final Node next;
        final int[] padding;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.padding = new int[value % 50];
        }
    }

    static class Job extends Transaction {
        final String name;
        Node kept;
        int steps;

        Job(String name) {
            this.name = name;
        }

        public void run() {
            steps++;
            for (int i = 0; i < 2000; i++) {
                Node node = new Node(steps * 10000 + i, null);
                if (i % 100 == 0) {
                    kept = new Node(node.value, kept);
                }
            }
            String numbers = "";
            for (int i = 0; i < 50; i++) {
                numbers = numbers + i;
            }
            if (steps == STEPS) {
                long sum = 0;
                int count = 0;
                boolean descending = true;
                for (Node n = kept; n != null; n = n.next) {
                    sum += n.value + n.padding.length;
                    count++;
                    descending &= n.next == null || n.next.value < n.value;
                }
                System.out.println(name + ": " + count + " nodes kept, sum " + sum + ", in order " + descending
                        + ", last string " + numbers.length() + " chars");
                STATION.unregister(this);
            }
        }
    }

    public static void main(String[] args) {
        STATION.register(new Job("a"));
        STATION.register(new Job("b"), 1);
    }
}
