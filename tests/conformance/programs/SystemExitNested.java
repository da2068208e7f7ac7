// System.exit from deep inside calls and loops, with exit status 0 after
// output: the status is what exit was given, not whether main returned.
public class SystemExitNested {
    static void search(int[] data, int target) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == target) {
                System.out.println("found " + target + " at " + i);
                System.exit(0);
            }
        }
    }

    public static void main(String[] args) {
        int[] data = new int[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 7 % 101;
        }
        search(data, 1000);
        System.out.println("1000 not found");
        try {
            search(data, 13);
        } finally {
            System.out.println("finally not reached");
        }
        System.out.println("not reached");
    }
}
