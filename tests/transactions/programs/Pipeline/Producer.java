// plurix: extension
import plurix.*;

// Offers up to five items per step; a full buffer ends the step early.
public class Producer extends Transaction {
    int next;
    int fullSteps;
    int generation = -1;

    public void run() {
        if (next < Pipeline.ITEMS) {
            for (int k = 0; k < 5 && next < Pipeline.ITEMS; k++) {
                if (!Pipeline.buffer.offer(Pipeline.item(next))) {
                    fullSteps++;
                    return;
                }
                next++;
            }
            if (next < Pipeline.ITEMS) {
                return;
            }
            System.out.println("producer: all " + next + " offered in round " + Pipeline.round + ", buffer full in "
                    + fullSteps + " steps");
        }
        if (generation < 0) {
            generation = Pipeline.finish.arrive();
        }
        if (Pipeline.finish.passed(generation)) {
            System.out.println("producer: through the barrier in round " + Pipeline.round);
            STATION.unregister(this);
        }
    }
}
