// plurix: extension
import plurix.*;

// Takes up to three items per step and adds them up.
public class Consumer extends Transaction {
    int taken;
    long total;
    int emptySteps;
    int generation = -1;

    public void run() {
        if (generation < 0) {
            for (int k = 0; k < 3 && taken < Pipeline.ITEMS; k++) {
                if (Pipeline.buffer.isEmpty()) {
                    emptySteps++;
                    return;
                }
                total += Pipeline.buffer.take();
                taken++;
            }
            if (taken < Pipeline.ITEMS) {
                return;
            }
            System.out.println("consumer: took " + taken + " items, total " + total + " in round " + Pipeline.round
                    + ", found the buffer empty in " + emptySteps + " steps");
            generation = Pipeline.finish.arrive();
        }
        if (Pipeline.finish.passed(generation)) {
            System.out.println("consumer: through the barrier in round " + Pipeline.round);
            STATION.unregister(this);
        }
    }
}
