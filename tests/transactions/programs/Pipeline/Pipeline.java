// plurix: extension
import plurix.*;

// A program in several files: a producer and a consumer pass numbers
// through a ring buffer in the heap, neither ever waiting inside a step
// (a full or empty buffer means: return, look again next round). When both
// are done they and a reporter meet at a Barrier of three parties: each
// arrives once and returns from later steps until the generation it
// arrived in has passed. main checks the expected total itself.
public class Pipeline {
    static final int ITEMS = 100;
    static RingBuffer buffer = new RingBuffer(8);
    static Barrier finish = new Barrier(3);
    static int round;

    static int item(int i) {
        return i * i % 97 + 1;
    }

    public static void main(String[] args) {
        long expected = 0;
        for (int i = 0; i < ITEMS; i++) {
            expected += item(i);
        }
        System.out.println("main: " + ITEMS + " items, total " + expected + ", barrier of " + finish.parties());
        STATION.register(new Reporter(), 3);
        STATION.register(new Consumer(), 2);
        STATION.register(new Producer(), 1);
    }
}
