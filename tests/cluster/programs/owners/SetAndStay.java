import plurix.*;

// Writes the box in a step of a transaction that then stays registered, returning step after
// step, so the station keeps running (and owning the big value's pages) until it is killed.
public class SetAndStay extends Transaction {
    private final int value;
    private boolean set;

    SetAndStay(int value) {
        this.value = value;
    }

    public void run() {
        if (!set) {
            Box.set(value);
            set = true;
        }
    }

    public static void main(String[] args) {
        STATION.register(new SetAndStay(Integer.parseInt(args[0])));
    }
}
