// An exception that leaves main ends the program with exit status 1 after
// the finally blocks on its way out have run; what was printed before stays
// printed.
public class UncaughtException {
    static class Broken extends RuntimeException {
        Broken(String message) {
            super(message);
        }
    }

    static int depth(int n) {
        try {
            if (n == 0) {
                throw new Broken("bottom reached");
            }
            return depth(n - 1) + 1;
        } finally {
            System.out.println("unwinding " + n);
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        int total = 0;
        for (int i = 0; i < 5; i++) {
            total += i * i;
        }
        System.out.println("total " + total);
        try {
            depth(2);
        } catch (IllegalStateException e) {
            System.out.println("wrong handler");
        } finally {
            System.out.println("main finally");
        }
        System.out.println("not reached");
    }
}
