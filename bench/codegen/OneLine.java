// The smallest unit the shell compiles: one class with a one-line method.
public class OneLine {
    static int twice(int x) { return 2 * x; }

    public static void main(String[] args) {
        System.out.println(twice(21));
    }
}
