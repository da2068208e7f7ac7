import plurix.*;

// Writes the box in a step of a transaction that then stays registered, returning step after
// step, so the station keeps running (and owning the box's page) until it is killed.
public class SetAndStay extends Transaction {
    private final int value;
    private boolean set;

    SetAndStay(int value) {
        this.value = value;
    }

    public void run() {
        if (!set) {
            Box.value[0] = value;
            set = true;
            System.out.println("set " + value + ", staying");
        }
    }

    public static void main(String[] args) {
        STATION.register(new SetAndStay(Integer.parseInt(args[0])));
    }
}
