// A local must be definitely assigned before it is read (JLS 16).
class FlowUninitializedLocals {
    static void maybeAssigned(boolean c) {
        int x;
        if (c) {
            x = 1;
        }
        System.out.println(x); // error: variable x might not have been initialized
    }

    static void increment() {
        int count;
        count++; // error: variable count might not have been initialized
    }

    static void compound() {
        long total;
        total += 5; // error: variable total might not have been initialized
    }

    static void selfReference() {
        int y = y + 1; // error: variable y might not have been initialized
    }

    static void loopMayNotRun(int n) {
        int last;
        for (int i = 0; i < n; i++) {
            last = i;
        }
        System.out.println(last); // error: variable last might not have been initialized
    }

    static void assignedEverywhere(int k) {
        int z;
        if (k > 0) z = 1; else z = 2;
        System.out.println(z);
    }

    public static void main(String[] args) {
        assignedEverywhere(3);
    }
}
