// finally blocks on every kind of exit: a labelled break out of nested
// try blocks, continue through finally, return from a catch, a loop whose
// finally counts every iteration, and an exception thrown inside finally
// of an inner try caught by an outer one. Prints the visiting order.
public class FinallyControlFlow {
    static StringBuilder log = new StringBuilder();

    static void breakThrough() {
        outer:
        for (int i = 0; i < 3; i++) {
            try {
                try {
                    if (i == 1) {
                        break outer;
                    }
                    log.append("body").append(i).append(' ');
                } finally {
                    log.append("inner").append(i).append(' ');
                }
            } finally {
                log.append("outer").append(i).append(' ');
            }
        }
        log.append("after");
    }

    static int returnFromCatch() {
        try {
            throw new IllegalStateException("x");
        } catch (IllegalStateException e) {
            log.append("catch ");
            return 1;
        } finally {
            log.append("finally ");
        }
    }

    static int countIterations() {
        int runs = 0;
        int i = 0;
        while (i < 10) {
            try {
                i++;
                if (i % 2 == 0) {
                    continue;
                }
                if (i == 7) {
                    break;
                }
            } finally {
                runs++;
            }
        }
        return runs * 100 + i;
    }

    static String innerFinallyThrows() {
        try {
            try {
                log.append("try ");
                return "from try";
            } finally {
                log.append("inner-finally ");
                if (log.length() > 0) {
                    throw new UnsupportedOperationException("finally threw");
                }
            }
        } catch (UnsupportedOperationException e) {
            log.append("outer-catch ");
            return "from outer catch: " + e.getMessage();
        } finally {
            log.append("outer-finally");
        }
    }

    static String flush() {
        String s = log.toString();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        breakThrough();
        System.out.println(flush());
        System.out.println(returnFromCatch() + ": " + flush());
        System.out.println("iterations " + countIterations());
        String r = innerFinallyThrows();
        System.out.println(r + ": " + flush());
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) {
                    throw new RuntimeException();
                }
                total += 1;
            } catch (RuntimeException e) {
                total += 10;
            } finally {
                total += 100;
            }
        }
        System.out.println("total " + total);
        done:
        {
            try {
                log.append("block-try ");
                if (total > 0) {
                    break done;
                }
            } finally {
                log.append("block-finally ");
            }
            log.append("unreached ");
        }
        System.out.println(flush());
    }
}
