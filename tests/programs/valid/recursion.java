// Recursion: direct, mutual, deep enough to need a real stack, and over
// objects (a binary tree).
class Recursion {
    static class Tree {
        final int key;
        Tree left;
        Tree right;

        Tree(int key) {
            this.key = key;
        }

        void insert(int k) {
            if (k < key) {
                if (left == null) left = new Tree(k);
                else left.insert(k);
            } else {
                if (right == null) right = new Tree(k);
                else right.insert(k);
            }
        }

        int height() {
            int l = left == null ? 0 : left.height();
            int r = right == null ? 0 : right.height();
            return 1 + Math.max(l, r);
        }

        void inOrder(StringBuilder out) {
            if (left != null) left.inOrder(out);
            out.append(key).append(' ');
            if (right != null) right.inOrder(out);
        }
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    public static void main(String[] args) {
        System.out.println(fib(25));
        System.out.println(ackermann(2, 3));
        System.out.println(isEven(10) + " " + isOdd(7) + " " + isEven(7));
        System.out.println(depth(5000));
        Tree t = new Tree(50);
        int[] keys = {30, 70, 20, 40, 60, 80, 35};
        for (int k : keys) t.insert(k);
        StringBuilder sb = new StringBuilder();
        t.inOrder(sb);
        System.out.println(sb + "height " + t.height());
    }
}
