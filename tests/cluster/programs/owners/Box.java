// The shared values of the owner tests, built by the creating station: a small one (a commit
// that writes it writes it through to the home) and a big one (a commit that writes it whole
// keeps its pages). A station writes both and then leaves (handing its pages back) or crashes
// (losing the big one's pages); a later station reads them.
public class Box {
    static int[] value;
    static int[] big;

    public static void main(String[] args) {
        value = new int[1];
        big = new int[16 * 1024];  // 64 KiB: a run of 16 pages
        System.out.println("box: " + value[0]);
    }

    static void set(int to) {
        value[0] = to;
        for (int i = 0; i < big.length; i++) {
            big[i] = to;
        }
    }
}
