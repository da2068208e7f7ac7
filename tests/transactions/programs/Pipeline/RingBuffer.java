// plurix: extension

// A bounded FIFO of ints in the heap.
public class RingBuffer {
    private final int[] slots;
    private int head;
    private int count;

    public RingBuffer(int capacity) {
        slots = new int[capacity];
    }

    public boolean offer(int value) {
        if (count == slots.length) {
            return false;
        }
        slots[(head + count) % slots.length] = value;
        count++;
        return true;
    }

    // Requires a non-empty buffer.
    public int take() {
        int value = slots[head];
        head = (head + 1) % slots.length;
        count--;
        return value;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int size() {
        return count;
    }
}
