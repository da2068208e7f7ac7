// Millions of short-lived small objects: linked lists built and dropped,
// so a runtime must reuse memory to finish; checksums pin down every value.
public class AllocationChurn {
    static class Node {
        Node next;
        final int value;

        Node(int v, Node rest) {
            next = rest;
            value = v;
        }
    }

    static class Vec {
        final double x;
        final double y;

        Vec(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Vec plus(Vec o) {
            return new Vec(x + o.x, y + o.y);
        }

        Vec scale(double f) {
            return new Vec(x * f, y * f);
        }
    }

    public static void main(String[] args) {
        long checksum = 0;
        int allocated = 0;
        for (int round = 0; round < 200; round++) {
            Node head = null;
            for (int i = 0; i < 10000; i++) {
                head = new Node(i ^ round, head);
                allocated++;
            }
            long sum = 0;
            for (Node n = head; n != null; n = n.next) {
                sum += n.value;
            }
            checksum = checksum * 31 + sum;
            if (round % 50 == 0) {
                System.out.println("round " + round + " sum " + sum);
            }
        }
        System.out.println("lists: " + allocated + " nodes, checksum " + checksum);
        Vec acc = new Vec(0, 0);
        Vec step = new Vec(0.5, -0.25);
        for (int i = 0; i < 1000000; i++) {
            acc = acc.plus(step.scale((i % 10) * 0.1));
        }
        System.out.println("vectors: 2000000 temporaries, acc " + acc.x + " " + acc.y);
        Node keep = null;
        int kept = 0;
        for (int i = 0; i < 1000000; i++) {
            Node n = new Node(i, null);
            if (i % 1000 == 0) {
                n.next = keep;
                keep = n;
                kept++;
            }
        }
        long keptSum = 0;
        for (Node n = keep; n != null; n = n.next) {
            keptSum += n.value;
        }
        System.out.println("kept " + kept + " of 1000000, sum " + keptSum);
    }
}
