class Failing extends Exception {
}

class ExceptionInInitializer {
    static int compute() throws Failing {
        return 1;
    }

    static int a = compute(); // error: unreported exception Failing; must be caught or declared to be thrown

    static {
        compute(); // error: unreported exception Failing; must be caught or declared to be thrown
    }
}
