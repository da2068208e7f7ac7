// main throws: the stack trace goes to standard error, and the status is 1.
public class Thrower {
    static void fail(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("thrown on purpose");
        }
        fail(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println("before the throw");
        fail(2);
    }
}
