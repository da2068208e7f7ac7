// Labelled breaks and switch fall-through decide what can complete.
class FlowLabelsAndSwitch {
    static int labelled(boolean c) {
        found:
        {
            if (c) break found;
            return 1;
        }
    } // error: missing return statement

    static void deadAfterBreakInCase(int k) {
        switch (k) {
            case 1:
                System.out.println("one");
                break;
                System.out.println("never"); // error: unreachable statement
            case 2:
                System.out.println("two");
        }
    }

    static int fallsIntoDefault(int k) {
        switch (k) {
            case 1:
                k++;
            default:
                return k;
        }
    }

    static int breaksOutOfSwitch(int k) {
        switch (k) {
            case 1:
                break;
            default:
                return 0;
        }
    } // error: missing return statement

    static void continueOuter(int[][] grid) {
        rows:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                continue rows;
                grid[i][j] = 0; // error: unreachable statement
            }
        }
    }

    public static void main(String[] args) {
        System.out.println(fallsIntoDefault(1));
    }
}
