// Allocates about 40 times what a 16 MiB heap holds, all inside one main (one transaction):
// only a collection that runs while main runs, sparing what its stack still holds, lets it
// finish. Run with `plurix run --heap 16`.
public class ChurnInSmallHeap {
    static final class Node {
        final Node left;
        final Node right;
        final int[] payload;

        Node(Node left, Node right, int size) {
            this.left = left;
            this.right = right;
            this.payload = new int[size];
        }

        int count() {
            return 1 + (left == null ? 0 : left.count()) + (right == null ? 0 : right.count());
        }
    }

    static Node tree(int depth) {
        if (depth == 0) return new Node(null, null, 4);
        return new Node(tree(depth - 1), tree(depth - 1), 4);
    }

    public static void main(String[] args) {
        Node keep = tree(10);  // stays reachable from the stack throughout
        long total = 0;
        for (int round = 0; round < 2000; round++) {
            total += tree(12).count();
        }
        System.out.println("total " + total + " kept " + keep.count());
    }
}
