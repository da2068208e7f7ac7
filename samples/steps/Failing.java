import plurix.*;

// A job whose first step fails: what it printed and wrote in the heap before
// the exception vanishes with the aborted step, and the scheduler retires it.
// Only the station-local attempt log remembers that it ran.
public class Failing extends Transaction {
    static int attempts;

    public void run() {
        attempts++;
        AttemptLog.here().failingAttempts++;
        System.out.println("failing: this line is never seen");
        Object nothing = null;
        nothing.hashCode();
    }
}
