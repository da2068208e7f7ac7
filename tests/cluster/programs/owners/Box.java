// The shared value of the owner tests: built by the creating station, written by a station
// that then leaves (handing its pages back) or crashes (losing them), read by a later station.
public class Box {
    static int[] value;

    public static void main(String[] args) {
        value = new int[1];
        System.out.println("box: " + value[0]);
    }
}
