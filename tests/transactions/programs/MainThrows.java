// plurix: extension
import plurix.*;

// main throws after registering transactions. As under java, main's
// transaction commits even so: what it printed stays, the uncaught
// exception is reported on standard error (`Exception in thread "main" `
// and the trace), and its heap writes remain, the registrations included.
// The station's loop then runs the registered transactions to their end,
// and the exit status is main's: 1.
public class MainThrows {
    static String message = "unset";

    static class Echo extends Transaction {
        final String name;
        int steps;

        Echo(String name) {
            this.name = name;
        }

        public void run() {
            steps++;
            System.out.println(name + " step " + steps + " sees message=" + message);
            if (steps == 3) {
                STATION.unregister(this);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("main: registering two");
        STATION.register(new Echo("a"));
        message = "set by main before it threw";
        STATION.register(new Echo("b"), 1);
        System.out.println("main: " + STATION.transactions().length + " registered, now throwing");
        fail(message);
    }

    static void fail(String why) {
        throw new UnsupportedOperationException("main gives up (" + why + ")");
    }
}
