// Recursion 5000 frames deep (well within any default stack): sums, a deep
// linked chain walked recursively, and an exception thrown at the bottom
// and caught at the top after unwinding every frame.
public class DeepRecursion {
    static class Link {
        final int value;
        final Link next;

        Link(int value, Link next) {
            this.value = value;
            this.next = next;
        }
    }

    static long sum(int n) {
        if (n == 0) {
            return 0;
        }
        return n + sum(n - 1);
    }

    static int length(Link l) {
        return l == null ? 0 : 1 + length(l.next);
    }

    static long weighted(Link l, int depth) {
        if (l == null) {
            return 0;
        }
        return (long) l.value * depth + weighted(l.next, depth + 1);
    }

    static int unwound;

    static void dive(int n) {
        try {
            if (n == 0) {
                throw new IllegalStateException("bottom");
            }
            dive(n - 1);
        } finally {
            unwound++;
        }
    }

    static int countDown(int n, int acc, double extra, long more) {
        if (n == 0) {
            return acc + (int) extra + (int) more;
        }
        return countDown(n - 1, acc + n % 7, extra + 0.5, more + 2);
    }

    public static void main(String[] args) {
        System.out.println("sum(5000) = " + sum(5000));
        Link chain = null;
        for (int i = 0; i < 5000; i++) {
            chain = new Link(i % 13, chain);
        }
        System.out.println("length " + length(chain));
        System.out.println("weighted " + weighted(chain, 1));
        try {
            dive(5000);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " after unwinding " + unwound + " frames");
        }
        System.out.println("countDown " + countDown(5000, 0, 0.0, 0L));
        long total = 0;
        for (int round = 0; round < 20; round++) {
            total += sum(4000 + round);
        }
        System.out.println("repeated " + total);
    }
}
