package plurix;

/**
 * One station of the cluster, an object in the shared heap. Its transaction
 * vector lists the transactions its scheduler runs, in registration order,
 * each with a priority; registering and unregistering are ordinary heap
 * writes, made and undone with the transaction that makes them.
 */
public final class Station {

    /** This station's number in the cluster, from 0. */
    public final int id;

    private Transaction[] transactions = new Transaction[8];
    private int[] priorities = new int[8];
    private int count;
    // Whether this station runs a transaction loop that takes work (a worker station); the page
    // server and stations that only ran a main do not, and the balancer sends them nothing.
    private boolean accepting;

    /** Stations are created by {@link Cluster} when they join. */
    Station(int id) {
        this.id = id;
    }

    /** Returns a copy of the transaction vector, in registration order. */
    public Transaction[] transactions() {
        Transaction[] copy = new Transaction[count];
        System.arraycopy(transactions, 0, copy, 0, count);
        return copy;
    }

    /** Registers {@code t} with priority 0; see {@link #register(Transaction, int)}. */
    public void register(Transaction t) {
        register(t, 0);
    }

    /**
     * Adds {@code t} to the end of the transaction vector with the given
     * priority; if it is registered already, only its priority changes.
     *
     * @throws NullPointerException if t is null
     */
    public void register(Transaction t, int priority) {
        if (t == null) {
            throw new NullPointerException("transaction is null");
        }
        int at = indexOf(t);
        if (at >= 0) {
            priorities[at] = priority;
            return;
        }
        if (count == transactions.length) {
            Transaction[] moreTransactions = new Transaction[2 * count];
            int[] morePriorities = new int[2 * count];
            System.arraycopy(transactions, 0, moreTransactions, 0, count);
            System.arraycopy(priorities, 0, morePriorities, 0, count);
            transactions = moreTransactions;
            priorities = morePriorities;
        }
        transactions[count] = t;
        priorities[count] = priority;
        count++;
    }

    /** Removes {@code t}; returns false if it was not registered here. */
    boolean remove(Transaction t) {
        int at = indexOf(t);
        if (at < 0) {
            return false;
        }
        count--;
        System.arraycopy(transactions, at + 1, transactions, at, count - at);
        System.arraycopy(priorities, at + 1, priorities, at, count - at);
        transactions[count] = null;
        return true;
    }

    /** Returns the priority {@code t} is registered with here, or 0. */
    int priorityOf(Transaction t) {
        int at = indexOf(t);
        return at < 0 ? 0 : priorities[at];
    }

    /** The number of registered transactions (the scheduler reads the vector through these). */
    int size() {
        return count;
    }

    /** The index-th registered transaction, in registration order. */
    Transaction at(int index) {
        return transactions[index];
    }

    /** The priority of the index-th registered transaction. */
    int priorityAt(int index) {
        return priorities[index];
    }

    /** Whether this station takes work (the runtime sets it when a worker starts and stops). */
    boolean accepting() {
        return accepting;
    }

    void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    /** Whether {@code t} is registered here. */
    boolean holds(Transaction t) {
        return indexOf(t) >= 0;
    }

    private int indexOf(Transaction t) {
        for (int i = 0; i < count; i++) {
            if (transactions[i] == t) {
                return i;
            }
        }
        return -1;
    }
}
