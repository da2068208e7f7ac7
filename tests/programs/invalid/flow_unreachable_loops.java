// Loops with constant conditions: while (false) never runs its body, and
// nothing follows a loop that only ends by breaking when it never breaks.
class FlowUnreachableLoops {
    static void neverRuns() {
        while (false) { // error: unreachable statement
            System.out.println("body");
        }
    }

    static void forNeverRuns() {
        for (int i = 0; false; i++) System.out.println(i); // error: unreachable statement
    }

    static void forever() {
        while (true) {
            System.out.println("spin");
        }
        System.out.println("after"); // error: unreachable statement
    }

    static void forEver() {
        for (;;) {
        }
        int x = 0; // error: unreachable statement
    }

    static void doForever() {
        do {
            continue;
        } while (true);
        return; // error: unreachable statement
    }

    static void breaksOutOfInner() {
        outer:
        while (true) {
            while (true) {
                break outer;
            }
        }
        System.out.println("reached");
    }

    public static void main(String[] args) {
        breaksOutOfInner();
    }
}
