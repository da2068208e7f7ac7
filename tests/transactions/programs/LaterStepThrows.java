// plurix: extension
import plurix.*;

// Exceptions and steps. An exception caught inside a step is ordinary
// control flow: the step commits, prints and writes included. A
// transaction whose third step throws keeps what its first two committed;
// only the third's output and writes vanish. The report is printed through
// the throwable's own toString and printStackTrace(PrintStream), so a
// subclass's overrides apply, as they do for java's uncaught exceptions.
public class LaterStepThrows {
    static int committed;

    static class Catching extends Transaction {
        int steps;

        public void run() {
            steps++;
            try {
                int[] small = new int[2];
                small[steps] = steps;
                System.out.println("catching " + steps + ": stored");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("catching " + steps + ": caught " + e.getMessage());
            }
            committed += 10;
            if (steps == 4) {
                STATION.unregister(this);
            }
        }
    }

    static class Quiet extends RuntimeException {
        Quiet(String message) {
            super(message);
        }

        public String toString() {
            return "Quiet[" + getMessage() + "]";
        }

        public void printStackTrace(java.io.PrintStream err) {
            err.println(this + " (trace left out)");
        }
    }

    static class ThirdFails extends Transaction {
        int steps;

        public void run() {
            steps++;
            committed++;
            System.out.println("third-fails " + steps + ": committed=" + committed);
            if (steps == 3) {
                throw new Quiet("step " + steps + " of " + getClass().getName());
            }
        }
    }

    static class Watcher extends Transaction {
        int steps;

        public void run() {
            steps++;
            System.out.println("watcher " + steps + ": committed=" + committed + ", registered "
                    + STATION.transactions().length);
            if (steps == 5) {
                STATION.unregister(this);
            }
        }
    }

    public static void main(String[] args) {
        STATION.register(new Catching(), 2);
        STATION.register(new ThirdFails(), 1);
        STATION.register(new Watcher());
    }
}
