// A method with a result must not be able to run off its end.
class FlowMissingReturn {
    static int sign(int x) {
        if (x > 0) {
            return 1;
        } else if (x < 0) {
            return -1;
        }
    } // error: missing return statement

    static int ifTrue() {
        if (true) {
            return 1;
        }
    } // error: missing return statement

    static int loopWithBreak(int[] xs) {
        for (int i = 0; ; i++) {
            if (xs[i] == 0) break;
        }
    } // error: missing return statement

    static String switchNoDefault(int k) {
        switch (k) {
            case 1:
                return "one";
            case 2:
                return "two";
        }
    } // error: missing return statement

    static int catchFallsThrough(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.out.println("bad");
        }
    } // error: missing return statement

    static int infinite() {
        while (true) {
        }
    }

    static int switchWithDefault(int k) {
        switch (k) {
            case 1:
                return 10;
            default:
                return 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(switchWithDefault(1));
    }
}
