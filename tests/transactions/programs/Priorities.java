// plurix: extension
import plurix.*;

// The scheduler's order. In every round the station runs its transactions
// highest priority first, equal priorities in registration order. The loop
// reads the transaction vector once, at the start of a round (it takes a
// snapshot of the entries and their priorities), so:
//  - a transaction registered during a round runs from the next round, even
//    with a priority above the one that registered it (Late, round 2 -> 3);
//  - a priority changed during a round applies from the next round (MidC);
//  - re-registering a registered transaction only changes its priority: it
//    keeps its place in registration order among equals (MidC, round 5);
//  - a transaction unregistered during a round by an earlier step is skipped
//    for the rest of that round (MidB in round 5, everyone in round 7).
public class Priorities {
    static int round;
    static Named late;
    static Named midB;
    static Named midC;

    // Runs first in every round: starts the round's line, and ends the run.
    static class Clock extends Transaction {
        public void run() {
            round++;
            if (round > 1) {
                System.out.println();
            }
            if (round == 7) {
                System.out.println("round 7: Clock unregisters everyone");
                Transaction[] all = STATION.transactions();
                for (int i = 0; i < all.length; i++) {
                    STATION.unregister(all[i]);
                }
                return;
            }
            System.out.print("round " + round + ":");
        }
    }

    static class Named extends Transaction {
        final String name;

        Named(String name) {
            this.name = name;
        }

        public void run() {
            System.out.print(" " + name);
            if (name.equals("High") && round == 2) {
                late = new Named("Late");
                STATION.register(late, 50);
                System.out.print("(+Late)");
            }
            if (name.equals("MidA") && round == 3) {
                STATION.register(midC, 20);
                System.out.print("(MidC:20)");
            }
            if (name.equals("Low") && round == 4) {
                STATION.register(midC, 3);
                System.out.print("(MidC:3)");
            }
            if (name.equals("MidA") && round == 5) {
                STATION.unregister(midB);
                System.out.print("(-MidB)");
            }
            if (name.equals("Late") && round == 6) {
                STATION.unregister(this);
                System.out.print("(-Late)");
            }
        }
    }

    public static void main(String[] args) {
        STATION.register(new Named("Low"), -5);
        STATION.register(new Named("MidA"), 3);
        STATION.register(new Named("High"), 10);
        midB = new Named("MidB");
        STATION.register(midB, 3);
        STATION.register(new Named("Zero"));
        midC = new Named("MidC");
        STATION.register(midC, 3);
        STATION.register(new Clock(), 100);
        Transaction[] registered = STATION.transactions();
        System.out.print("main registered " + registered.length + ":");
        for (int i = 0; i < registered.length; i++) {
            System.out.print(" " + (registered[i] instanceof Named ? ((Named) registered[i]).name : "Clock"));
        }
        System.out.println();
    }
}
