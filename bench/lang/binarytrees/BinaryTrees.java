// The binary-trees benchmark of the Computer Language Benchmarks Game: a
// stretch tree of depth d + 1, a long-lived tree of depth d kept across the
// run, and 2^(d - k + 4) short-lived trees of each depth k = 4, 6, ..., d,
// each built bottom-up, walked for its node count and dropped. Allocation and
// collection are the whole work: at depth 20 a run allocates about 300
// million nodes, far more than any heap holds at once. Usage:
// BinaryTrees [depth [repetitions]]; depths below 6 count as 6.
public class BinaryTrees extends LangBench {
    static final int MIN_DEPTH = 4;

    static final class TreeNode {
        final TreeNode left;
        final TreeNode right;

        TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        // The number of nodes in this tree.
        int check() {
            if (left == null) {
                return 1;
            }
            return 1 + left.check() + right.check();
        }
    }

    static TreeNode bottomUpTree(int depth) {
        if (depth == 0) {
            return new TreeNode(null, null);
        }
        return new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1));
    }

    protected String runOnce(int depth) {
        int maxDepth = Math.max(MIN_DEPTH + 2, depth);
        StringBuilder out = new StringBuilder();
        int stretchDepth = maxDepth + 1;
        out.append("stretch tree of depth ").append(stretchDepth).append("\t check: ")
                .append(bottomUpTree(stretchDepth).check()).append('\n');
        TreeNode longLived = bottomUpTree(maxDepth);
        for (int d = MIN_DEPTH; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + MIN_DEPTH);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += bottomUpTree(d).check();
            }
            out.append(iterations).append("\t trees of depth ").append(d).append("\t check: ").append(check)
                    .append('\n');
        }
        out.append("long lived tree of depth ").append(maxDepth).append("\t check: ").append(longLived.check())
                .append('\n');
        return out.toString();
    }

    public static void main(String[] args) {
        // The checks are ints, as in the Game: about 2^(depth + 5) nodes per
        // line, so 25 is the deepest run that cannot overflow.
        run(new BinaryTrees(), "BinaryTrees", args, 10, 0, 25);
    }
}
