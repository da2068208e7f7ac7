import plurix.*;

// A job whose first step fails: what it printed and wrote before the
// exception vanishes with the aborted step, and the scheduler retires it.
public class Failing extends Transaction {
    static int attempts;

    public void run() {
        attempts++;
        System.out.println("failing: this line is never seen");
        Object nothing = null;
        nothing.hashCode();
    }
}
