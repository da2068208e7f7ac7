// Nested try/catch/finally: rethrow, wrapping, an exception thrown from a
// catch or finally replacing the original, multi-catch, catch order by
// subclass, and the order in which handlers and finally blocks run.
public class NestedTryCatch {
    static StringBuilder log = new StringBuilder();

    static void level3(int mode) {
        log.append("L3 ");
        if (mode == 1) {
            throw new IllegalArgumentException("bad arg");
        }
        if (mode == 2) {
            throw new ArithmeticException("math");
        }
        if (mode == 3) {
            int[] a = new int[1];
            a[mode] = 1;
        }
    }

    static void level2(int mode) {
        try {
            level3(mode);
            log.append("L2-ok ");
        } catch (IllegalArgumentException e) {
            log.append("L2-catch ");
            throw e;
        } finally {
            log.append("L2-finally ");
        }
    }

    static void level1(int mode) {
        try {
            level2(mode);
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            log.append("L1-multi ");
            throw new RuntimeException("wrapped", e);
        } finally {
            log.append("L1-finally ");
        }
    }

    static String run(int mode) {
        log = new StringBuilder();
        try {
            level1(mode);
            log.append("done");
        } catch (RuntimeException e) {
            log.append("top: " + e.getMessage());
            if (e.getCause() != null) {
                log.append(" cause: " + e.getCause().getMessage());
            }
        }
        return log.toString();
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            System.out.println(mode + ": " + run(mode));
        }
        try {
            try {
                throw new IllegalStateException("original");
            } catch (IllegalStateException e) {
                throw new UnsupportedOperationException("from catch");
            } finally {
                System.out.println("finally after catch threw");
            }
        } catch (UnsupportedOperationException e) {
            System.out.println("outer got " + e.getMessage());
        }
        try {
            try {
                throw new IllegalStateException("original");
            } finally {
                if (log != null) {
                    throw new IllegalArgumentException("from finally");
                }
            }
        } catch (RuntimeException e) {
            System.out.println("finally replaced: " + e.getMessage());
        }
        try {
            throw new NumberFormatException("nf");
        } catch (IllegalArgumentException e) {
            System.out.println("caught subclass as superclass: " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("wrong handler");
        }
        int depth = 0;
        try {
            try {
                try {
                    depth++;
                    throw new Error("deep");
                } finally {
                    depth += 10;
                }
            } catch (RuntimeException e) {
                depth = -1;
            } finally {
                depth += 100;
            }
        } catch (Error e) {
            System.out.println("error " + e.getMessage() + " depth " + depth);
        }
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 3) {
                    throw new IllegalStateException("retry " + attempts);
                }
                System.out.println("succeeded after " + attempts);
                break;
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }
}
