// A blank final local is assigned at most once (JLS 16: definitely unassigned
// before each assignment).
class FlowFinalLocals {
    static boolean more() {
        return false;
    }

    static void twice() {
        final int x;
        x = 1;
        x = 2; // error: variable x might already have been assigned
    }

    static void maybeTwice(boolean c) {
        final int x;
        if (c) {
            x = 1;
        }
        x = 2; // error: variable x might already have been assigned
    }

    static void inLoop() {
        final int x;
        while (more()) {
            x = 1; // error: variable x might be assigned in loop
        }
    }

    static void incremented() {
        final int x;
        x = 1;
        x++; // error: variable x might already have been assigned
    }

    static void tryThenCatch() {
        final int q;
        try {
            q = Integer.parseInt("1");
        } catch (NumberFormatException e) {
            q = 0; // error: variable q might already have been assigned
        }
    }

    static void onceOnEachPath(boolean c) {
        final int x;
        if (c) {
            x = 1;
        } else {
            x = 2;
        }
        System.out.println(x);
    }

    public static void main(String[] args) {
        onceOnEachPath(true);
    }
}
