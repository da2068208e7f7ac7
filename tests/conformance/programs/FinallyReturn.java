// finally runs on every exit: a return in finally overrides the try's
// return and discards a thrown exception; a return value is fixed before
// finally changes the variable; break and continue pass through finally.
public class FinallyReturn {
    static int counter;

    static int overrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int swallows() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int valueFixed() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            counter++;
        }
    }

    static int[] arrayMutated() {
        int[] a = {1};
        try {
            return a;
        } finally {
            a[0] = 99;
        }
    }

    static String order(StringBuilder log) {
        try {
            log.append("try ");
            return log.append("return-expr ").toString();
        } finally {
            log.append("finally");
        }
    }

    static int catchReturns() {
        try {
            Object o = null;
            return o.hashCode();
        } catch (NullPointerException e) {
            return -1;
        } finally {
            counter += 10;
        }
    }

    static int loopFinally() {
        int visits = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
            } finally {
                visits++;
            }
        }
        return visits;
    }

    static int nestedFinally() {
        int r = 0;
        try {
            try {
                r += 1;
                return r;
            } finally {
                r += 10;
                System.out.println("inner finally r=" + r);
            }
        } finally {
            r += 100;
            System.out.println("outer finally r=" + r);
        }
    }

    public static void main(String[] args) {
        System.out.println("overrides " + overrides());
        System.out.println("swallows " + swallows());
        System.out.println("valueFixed " + valueFixed() + " counter " + counter);
        System.out.println("arrayMutated " + arrayMutated()[0]);
        StringBuilder log = new StringBuilder();
        String r = order(log);
        System.out.println("returned [" + r + "] log [" + log + "]");
        System.out.println("catchReturns " + catchReturns() + " counter " + counter);
        System.out.println("loopFinally " + loopFinally());
        System.out.println("nestedFinally " + nestedFinally());
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                System.out.println("finally before propagation");
            }
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
