package plurix;

/**
 * A reusable barrier for a fixed number of parties, in the shared heap.
 * Transactions never block, so a party does not wait inside a step: it
 * arrives once, keeps the generation it arrived in, and in later steps asks
 * whether that generation has been passed, returning until it has.
 * <pre>
 *   if (generation &lt; 0) { generation = barrier.arrive(); }
 *   if (!barrier.passed(generation)) { return; }
 *   generation = -1;  // through: do the next phase
 * </pre>
 * <p>Across stations, every arrival writes the barrier's page, and every
 * step that read that page on another station then aborts and runs again.
 * So do a phase's work in a step of its own and arrive in the next step: a
 * conflict on the barrier then reruns only the arrival, not the work. For
 * the same reason, a working step should not read small objects that may
 * share the barrier's page (copy what it needs to its own objects first).
 */
public class Barrier {

    private final int parties;
    private int arrived;
    private int generation;

    /**
     * Creates a barrier that opens when {@code parties} parties have arrived.
     *
     * @throws IllegalArgumentException if parties is less than 1
     */
    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be positive: " + parties);
        }
        this.parties = parties;
    }

    /**
     * Records the arrival of one party and returns the generation it arrived
     * in; the last party to arrive opens the barrier and starts the next
     * generation.
     */
    public int arrive() {
        int current = generation;
        arrived++;
        if (arrived == parties) {
            arrived = 0;
            generation++;
        }
        return current;
    }

    /** Returns true once every party of {@code generation} has arrived. */
    public boolean passed(int generation) {
        return this.generation > generation;
    }

    /** Returns the number of parties. */
    public int parties() {
        return parties;
    }

    /** Returns the current generation, counted from 0. */
    public int generation() {
        return generation;
    }
}
