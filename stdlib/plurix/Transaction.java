package plurix;

/**
 * One unit of work the station's scheduler runs. A registered transaction's
 * {@link #run()} is called once per scheduler round, each call inside its own
 * transaction, until the transaction is unregistered.
 */
public abstract class Transaction {

    /**
     * Performs one short step. The step is atomic: if another station commits
     * a write to something this step read, the step is aborted, every change
     * it made is undone, and it runs again from the start. A step therefore
     * should not wait; it returns and continues on the next round.
     */
    public abstract void run();
}
