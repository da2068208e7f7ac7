// plurix: extension
import plurix.*;

// System.exit inside a step ends the process with the status given, and
// the step commits first: what it printed before the call (to both streams)
// appears, after everything earlier steps printed. Nothing after the call
// runs, not even a finally block, and no later step of that round or any
// other round.
public class ExitInStep {
    static int round;

    static class Ticker extends Transaction {
        public void run() {
            round++;
            System.out.println("ticker: round " + round);
        }
    }

    static class Quitter extends Transaction {
        public void run() {
            System.out.println("quitter: round " + round);
            if (round == 3) {
                System.out.println("quitter: exiting with 3");
                System.err.println("quitter: this goes to standard error before exit");
                try {
                    System.exit(3);
                } finally {
                    System.out.println("quitter: finally after exit must not run");
                }
                System.out.println("quitter: after exit must not run");
            }
        }
    }

    static class Late extends Transaction {
        public void run() {
            System.out.println("late: round " + round);
        }
    }

    public static void main(String[] args) {
        STATION.register(new Late(), -1);
        STATION.register(new Quitter());
        STATION.register(new Ticker(), 1);
        System.out.println("main: registered " + STATION.transactions().length);
    }
}
