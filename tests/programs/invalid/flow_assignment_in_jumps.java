// Assignments on the paths of break, continue and switch.
class FlowAssignmentInJumps {
    static boolean more(int i) {
        return i < 3;
    }

    static void breakAfterAssign() {
        int x;
        while (true) {
            x = 1;
            break;
        }
        System.out.println(x);
    }

    static void breakBeforeAssign(int i) {
        int x;
        block:
        {
            if (more(i)) break block;
            x = 1;
        }
        System.out.println(x); // error: variable x might not have been initialized
    }

    static void switchWithoutDefault(int k) {
        int x;
        switch (k) {
            case 1:
                x = 1;
                break;
            case 2:
                x = 2;
                break;
        }
        System.out.println(x); // error: variable x might not have been initialized
    }

    static void switchJumpsPastAssignment(int k) {
        int x;
        switch (k) {
            case 1:
                x = 1;
            case 2:
                System.out.println(x); // error: variable x might not have been initialized
        }
    }

    static void switchWithDefault(int k) {
        int x;
        switch (k) {
            case 1:
                x = 1;
                break;
            default:
                x = 2;
        }
        System.out.println(x);
    }

    public static void main(String[] args) {
        switchWithDefault(1);
    }
}
