// Another class named Counter, different from the one in the heap.
public class Counter {
    static long count;

    public static void main(String[] args) {
        System.out.println("the other counter " + count);
    }
}
