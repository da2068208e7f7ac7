// Definite assignment and reachability corners javac accepts: a use inside
// if (false), a labelled block left by break, try/catch and try/finally,
// loops on constant-true conditions (incl. a constant variable) that need no
// return after them, do { break; } while (true), ?: and || assigning.
class DefiniteAssignmentCorners {
    static final boolean T = true;

    static int next() {
        return 1;
    }

    static int a(boolean c) {
        int x;
        if (false) {
            System.out.println(x);
        }
        block:
        {
            if (c) {
                x = 1;
                break block;
            }
            x = 2;
        }
        return x;
    }

    static int b() {
        int x;
        try {
            x = next();
        } catch (RuntimeException e) {
            x = 2;
        }
        int y;
        try {
            y = 1;
        } finally {
            next();
        }
        return x + y;
    }

    static int forever() {
        while (T) {
            next();
        }
    }

    static int forever2() {
        while (1 < 2) {
            next();
        }
    }

    static void doBreak() {
        do {
            break;
        } while (true);
        next();
    }

    static boolean flag() {
        boolean b;
        while (b = next() > 0) {
            return b;
        }
        return b;
    }

    static int sw(String s) {
        int r;
        switch (s) {
            case "a":
                r = 1;
                break;
            default:
                r = 0;
        }
        return r;
    }

    static int ternaryDa(boolean c) {
        int x;
        int y = c ? (x = 1) : (x = 2);
        return x + y;
    }

    static int orDa(boolean c) {
        int x;
        if (!c || (x = 3) < 0) {
            return 0;
        }
        return x;
    }

    public static void main(String[] args) {
        System.out.println(a(true) + b() + sw("a") + ternaryDa(true) + orDa(true));
    }
}
