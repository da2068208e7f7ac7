// A finally block that cannot complete normally swallows every jump out of
// the try, so the try cannot complete either.
class FlowTryFinally {
    static int finallyThrows() {
        try {
            System.out.println("work");
        } finally {
            throw new RuntimeException("always");
        }
    }

    static void afterAbruptFinally() {
        try {
            System.out.println("work");
        } finally {
            throw new RuntimeException("always");
        }
        System.out.println("never"); // error: unreachable statement
    }

    static int finallyReturnsInLoop() {
        while (true) {
            try {
                break;
            } finally {
                return 1;
            }
        }
    }

    static int catchCompletes() {
        try {
            return Integer.parseInt("1");
        } catch (NumberFormatException e) {
            System.out.println("bad");
        } finally {
            System.out.println("done");
        }
    } // error: missing return statement

    public static void main(String[] args) {
        System.out.println(finallyReturnsInLoop());
    }
}
