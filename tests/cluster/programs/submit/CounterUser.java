import plurix.*;

// Submitted without Counter.java: compiled against the Counter already in the heap.
public class CounterUser {
    public static void main(String[] args) {
        System.out.println("counter " + Counter.increment() + " on station " + STATION.id);
    }
}
