// plurix: extension
import plurix.*;

// Three parties meet at a PartyBarrier for 5 phases. Each phase a party adds its share to a
// running total in the step in which it arrives, then returns from later steps until the
// generation it arrived in has passed; after the barrier it checks that every party's share of
// that phase is in. Parties run at different paces (party p works p + 1 steps a phase), so
// the fast ones wait for the slow ones. Then the barrier's refusals: no parties, a party out of
// range.
public class PartyBarriers {
    static final int PARTIES = 3;
    static final int PHASES = 5;
    static PartyBarrier barrier = new PartyBarrier(PARTIES);
    static long[] total = new long[PHASES];

    static class Party extends Transaction {
        private final int party;
        private int phase;
        private int worked;
        private int generation = -1;

        Party(int party) {
            this.party = party;
        }

        public void run() {
            if (generation < 0) {
                if (worked < party) {  // party p spends p extra steps on its work
                    worked++;
                    return;
                }
                total[phase] += (party + 1) * (phase + 1);
                generation = barrier.arrive(party);
                if (generation != phase) {
                    System.out.println("party " + party + " arrived in generation " + generation + " in phase " + phase);
                }
                return;
            }
            if (!barrier.passed(generation)) {
                return;
            }
            long expected = 6L * (phase + 1);  // (1 + 2 + 3) * (phase + 1)
            if (total[phase] != expected) {
                System.out.println("party " + party + " passed phase " + phase + " with " + total[phase]);
            }
            generation = -1;
            worked = 0;
            phase++;
            if (phase == PHASES) {
                System.out.println("party " + party + " done, barrier at generation " + barrier.generation());
                STATION.unregister(this);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("barrier of " + barrier.parties() + " parties, generation " + barrier.generation());
        try {
            new PartyBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            barrier.arrive(PARTIES);
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            barrier.arrive(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
        for (int p = 0; p < PARTIES; p++) {
            STATION.register(new Party(p));
        }
    }
}
