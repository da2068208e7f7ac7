// Programs javac's flow analysis accepts: variables assigned on every path
// (if/else, switch with default, loops that exit only by break, try with
// catch that returns), and methods that end in throw or an endless loop.
class DefiniteAssignment {
    static int viaIf(boolean b) {
        int x;
        if (b) {
            x = 1;
        } else {
            x = 2;
        }
        return x;
    }

    static int viaLoop() {
        int x;
        while (true) {
            x = 7;
            break;
        }
        return x;
    }

    static int viaTry(String s) {
        int x;
        try {
            x = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
        return x;
    }

    static int viaConditional(boolean b) {
        int x;
        if (b && (x = 5) > 0) {
            return x;
        }
        boolean c;
        if (!(c = b) || c) {
            return 0;
        }
        return 1;
    }

    static int endless() {
        for (;;) {
            if (System.currentTimeMillis() > 0) {
                return 1;
            }
        }
    }

    static int fails() {
        throw new IllegalStateException("never returns normally");
    }

    static int doLoop() {
        int x;
        do {
            x = 3;
        } while (x < 0);
        return x;
    }

    public static void main(String[] args) {
        System.out.println(viaIf(true) + viaIf(false) + viaLoop() + viaTry("5") + viaTry("q"));
        System.out.println(viaConditional(true) + " " + endless() + " " + doLoop());
        try {
            fails();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        final boolean debug = false;
        if (debug) {
            System.out.println("dead but legal: if is exempt from reachability");
        }
        int k;
        k = args.length == 0 ? 1 : 2;
        System.out.println(k);
    }
}
