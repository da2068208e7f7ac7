// A cluster-wide counter: its static field lives in the shared heap. Each run of main adds one
// and prints the count with the station that ran it.
public class Counter {
    static int count;

    static int increment() {
        return ++count;
    }

    public static void main(String[] args) {
        System.out.println("counter " + increment());
    }
}
