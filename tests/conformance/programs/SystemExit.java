// System.exit(3) ends the program at once with status 3: output printed
// before it is kept, and neither the finally block around the call nor any
// later statement runs.
public class SystemExit {
    static int work(int n) {
        int acc = 1;
        for (int i = 1; i <= n; i++) {
            acc = acc * 3 % 1000003;
        }
        return acc;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("step " + i + " " + work(i * 1000));
        }
        try {
            System.out.println("exiting with 3");
            System.exit(3);
            System.out.println("not reached");
        } finally {
            System.out.println("finally not reached");
        }
    }
}
