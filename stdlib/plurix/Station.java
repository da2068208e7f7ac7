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
    // What the station's runtime published about itself, about once a second (the shell's /top):
    // totals since the station started, and the totals and time of the publication before.
    private long commits;
    private long aborts;
    private long steps;
    private long pagesPresent;
    private long pagesWritten;
    private long heapPages;
    private long publishedAt;
    private long commitsBefore;
    private long abortsBefore;
    private long publishedBefore;

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
        t.$number();
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

    /**
     * Whether this station takes work: a worker station's loop runs what
     * other stations register with it. The page server and stations that only
     * run a main (plurix submit, a shell) do not. The runtime sets it when a
     * worker starts and stops.
     */
    public boolean accepting() {
        return accepting;
    }

    void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    /**
     * The runtime's publication of this station's totals: pages present here (fetched and not
     * invalidated since), pages its commits wrote, pages of the heap in use (the cluster's), and
     * when ({@code atMillis} on this station's own clock).
     */
    void publish(long commits, long aborts, long steps, long pagesPresent, long pagesWritten, long heapPages,
                 long atMillis) {
        commitsBefore = this.commits;
        abortsBefore = this.aborts;
        publishedBefore = publishedAt;
        this.commits = commits;
        this.aborts = aborts;
        this.steps = steps;
        this.pagesPresent = pagesPresent;
        this.pagesWritten = pagesWritten;
        this.heapPages = heapPages;
        this.publishedAt = atMillis;
    }

    /**
     * One line about this station: its number, whether it takes work, its
     * transactions, commits and aborts per second between its last two
     * publications, and the totals it published.
     */
    String describe() {
        long interval = publishedAt - publishedBefore;
        long commitRate = publishedBefore == 0 || interval <= 0 ? 0 : (commits - commitsBefore) * 1000 / interval;
        long abortRate = publishedBefore == 0 || interval <= 0 ? 0 : (aborts - abortsBefore) * 1000 / interval;
        return pad(String.valueOf(id), 8) + pad(accepting ? "yes" : "no", 7) + pad(String.valueOf(count), 14)
            + pad(String.valueOf(commitRate), 10) + pad(String.valueOf(abortRate), 10) + pad(String.valueOf(commits), 10)
            + pad(String.valueOf(aborts), 9) + pad(String.valueOf(steps), 9) + pad(String.valueOf(pagesPresent), 13)
            + pad(String.valueOf(pagesWritten), 13) + String.valueOf(heapPages * 4 / 1024);
    }

    static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.append(' ').toString();
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
