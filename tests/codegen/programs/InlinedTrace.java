// A stack trace through code the optimiser inlined: each inlined method is still a frame of
// its own, with its own line, as HotSpot prints it.
public class InlinedTrace {
    static final class Box {
        final int[] cells = new int[2];

        int get(int i) {
            return cells[i];
        }
    }

    static int sum(Box box, int n) {
        int total = 0;
        for (int i = 0; i <= n; i++) {
            total += box.get(i);
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println(sum(new Box(), 1));
        System.out.println(sum(new Box(), 2));
    }
}
