// Labelled break and continue across nested loops, a labelled block, and
// labels on while/do loops.
class LabelledBreakContinue {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) {
                    continue outer;
                }
                if (i == 3) {
                    break outer;
                }
                System.out.print(i * 10 + j + " ");
            }
        }
        System.out.println();
        block:
        {
            if (args.length == 0) {
                break block;
            }
            System.out.println("not printed");
        }
        int n = 0;
        scan:
        while (true) {
            n++;
            inner:
            do {
                if (n % 2 == 0) {
                    continue scan;
                }
                if (n > 6) {
                    break scan;
                }
                break inner;
            } while (true);
            System.out.print("odd " + n + " ");
        }
        System.out.println();
        int found = -1;
        int[][] grid = {{1, 2}, {3, 4}, {5, 6}};
        search:
        for (int[] row : grid) {
            for (int v : row) {
                if (v == 4) {
                    found = v;
                    break search;
                }
            }
        }
        System.out.println("found " + found);
    }
}
