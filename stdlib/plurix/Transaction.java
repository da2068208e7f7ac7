package plurix;

/**
 * One unit of work the station's scheduler runs. A registered transaction's
 * {@link #run()} is called once per scheduler round, each call inside its own
 * transaction, until the transaction is unregistered.
 */
public abstract class Transaction {

    private static int lastId;
    private int id;
    // Published by the runtime of the station that runs it, about once a second (the shell's /ps).
    private long runs;
    private long commits;
    private long aborts;

    /**
     * Performs one short step. The step is atomic: if another station commits
     * a write to something this step read, the step is aborted, every change
     * it made is undone, and it runs again from the start. A step therefore
     * should not wait; it returns and continues on the next round.
     */
    public abstract void run();

    /** Returns this transaction's number in the cluster, given when it was first registered (0 before). */
    public final int id() {
        return id;
    }

    /** Gives this transaction its number, once. (The runtime's hooks here start with '$', so that
     * they never clash with a subclass's own methods.) */
    final void $number() {
        if (id == 0) {
            id = ++lastId;
        }
    }

    /** The runtime's publication of the steps it ran since the last one. */
    final void $account(long runs, long commits, long aborts) {
        this.runs += runs;
        this.commits += commits;
        this.aborts += aborts;
    }

    /** One line for the shell's /ps, as on the station with the given priority. */
    final String $describe(int station, int priority) {
        String name = getClass().getName();
        return Station.pad(String.valueOf(id), 6) + Station.pad(name, 24) + Station.pad(String.valueOf(station), 8)
            + Station.pad(String.valueOf(priority), 9) + Station.pad(String.valueOf(runs), 9)
            + Station.pad(String.valueOf(commits), 9) + String.valueOf(aborts);
    }
}
