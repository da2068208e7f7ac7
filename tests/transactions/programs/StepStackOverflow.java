// plurix: extension
// A step that recurses without end runs out of its fiber's stack. That does not end the station:
// the step is aborted (what it printed vanishes), the StackOverflowError is reported with the
// innermost 1024 frames, as java reports it, and the transaction is unregistered; the others
// finish and the exit status stays 0.
import plurix.*;

public class StepStackOverflow {
    static int down(int n) {
        return down(n + 1) + 1;
    }

    static class Recurser extends Transaction {
        int steps;

        public void run() {
            steps++;
            System.out.println("recurser: step " + steps);
            if (steps == 2) {
                down(0);
            }
        }
    }

    static class Counter extends Transaction {
        int steps;

        public void run() {
            steps++;
            if (steps == 4) {
                System.out.println("counter: done after " + steps + " steps");
                STATION.unregister(this);
            }
        }
    }

    public static void main(String[] args) {
        STATION.register(new Recurser());
        STATION.register(new Counter());
        System.out.println("main: registered 2");
    }
}
