// plurix: extension
import plurix.*;

// Runs first in every round: counts the rounds, arrives at the barrier at
// once, and reports when the other two have arrived too.
public class Reporter extends Transaction {
    int generation = -1;

    public void run() {
        Pipeline.round++;
        if (generation < 0) {
            generation = Pipeline.finish.arrive();
            System.out.println("reporter: arrived in generation " + generation);
        }
        if (Pipeline.finish.passed(generation)) {
            System.out.println("reporter: generation " + generation + " passed in round " + Pipeline.round
                    + ", now generation " + Pipeline.finish.generation() + ", buffer holds " + Pipeline.buffer.size());
            STATION.unregister(this);
        }
    }
}
