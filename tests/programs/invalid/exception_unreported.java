class Checked extends Exception {
}

class ExceptionUnreported {
    static void risky() throws Checked {
    }

    ExceptionUnreported() throws Checked {
    }

    static void f() {
        risky(); // error: unreported exception Checked; must be caught or declared to be thrown
        throw new Exception("x"); // error: unreported exception Exception; must be caught or declared to be thrown
    }

    static void g() {
        new ExceptionUnreported(); // error: unreported exception Checked; must be caught or declared to be thrown
        try {
            risky(); // error: unreported exception Checked; must be caught or declared to be thrown
        } catch (RuntimeException e) {
        }
    }

    static void ok() throws Exception {
        risky();
        throw new Checked();
    }
}
