// Binary trees allocated and discarded depth by depth, as in the classic
// allocation benchmark, with a long-lived tree kept throughout.
public class BinaryTrees {
    static class Tree {
        final Tree left;
        final Tree right;

        Tree(Tree left, Tree right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Tree build(int depth) {
        return depth == 0 ? new Tree(null, null) : new Tree(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = 14;
        System.out.println("stretch tree of depth " + (maxDepth + 1) + " check: " + build(maxDepth + 1).check());
        Tree longLived = build(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(depth).check();
            }
            System.out.println(iterations + " trees of depth " + depth + " check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + " check: " + longLived.check());
    }
}
