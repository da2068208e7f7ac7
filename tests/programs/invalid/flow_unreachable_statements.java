// Statements javac proves unreachable (JLS 14.22); only the first of a run
// is reported.
class FlowUnreachableStatements {
    static int afterReturn(int x) {
        return x;
        x++; // error: unreachable statement
    }

    static void afterThrow() {
        throw new IllegalStateException("no");
        int y = 1; // error: unreachable statement
    }

    static void afterBreak(int n) {
        for (int i = 0; i < n; i++) {
            break;
            n--; // error: unreachable statement
        }
    }

    static void afterContinue(int n) {
        while (n > 0) {
            n--;
            continue;
            System.out.println(n); // error: unreachable statement
        }
    }

    static void runOfStatements() {
        return;
        System.out.println(1); // error: unreachable statement
        System.out.println(2);
        System.out.println(3);
    }

    public static void main(String[] args) {
        afterThrow();
    }
}
