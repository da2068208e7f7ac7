package plurix;

/**
 * A reusable barrier whose parties are numbered and each arrive in a slot
 * of their own, on pages of their own. Where every arrival at a
 * {@link Barrier} writes one shared counter, so that two stations arriving
 * at once conflict and one of them runs its step again, an arrival here
 * writes only the party's slot: arrivals never conflict, and a party can
 * arrive in the step that does its work. A party that waits reads every
 * slot, in steps that only read.
 * <pre>
 *   work(); generation = barrier.arrive(party);   // one step
 *   if (!barrier.passed(generation)) { return; }  // later steps, until passed
 * </pre>
 * <p>A party arrives once per generation: it must not arrive again before
 * the generation it arrived in has been passed.
 */
public class PartyBarrier {

    // A slot is an array larger than a page, which the heap places on pages
    // of its own: an arrival writes no page that another party writes.
    private static final int SLOT_LONGS = 512;

    private final long[][] arrivals;

    /**
     * Creates a barrier for parties numbered 0 to {@code parties - 1}.
     *
     * @throws IllegalArgumentException if parties is less than 1
     */
    public PartyBarrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be positive: " + parties);
        }
        arrivals = new long[parties][];
        for (int p = 0; p < parties; p++) {
            arrivals[p] = new long[SLOT_LONGS];
        }
    }

    /**
     * Records the arrival of {@code party} and returns the generation it
     * arrived in: the number of times it arrived before.
     *
     * @throws IllegalArgumentException if party is not between 0 and parties() - 1
     */
    public int arrive(int party) {
        if (party < 0 || party >= arrivals.length) {
            throw new IllegalArgumentException("no party " + party + " of " + arrivals.length);
        }
        long[] slot = arrivals[party];
        slot[0]++;
        return (int) (slot[0] - 1);
    }

    /** Returns true once every party has arrived in {@code generation}. */
    public boolean passed(int generation) {
        for (int p = 0; p < arrivals.length; p++) {
            if (arrivals[p][0] <= generation) {
                return false;
            }
        }
        return true;
    }

    /** Returns the number of parties. */
    public int parties() {
        return arrivals.length;
    }

    /** Returns the current generation: how many generations have been passed. */
    public int generation() {
        long least = arrivals[0][0];
        for (int p = 1; p < arrivals.length; p++) {
            least = Math.min(least, arrivals[p][0]);
        }
        return (int) least;
    }
}
