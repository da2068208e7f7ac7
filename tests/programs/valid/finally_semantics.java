// finally: runs on normal completion, on return, on break/continue and on a
// thrown exception; a return in finally overrides the try's return and
// discards its exception; the value of a return is fixed before finally runs.
class FinallySemantics {
    static StringBuilder trace = new StringBuilder();

    @SuppressWarnings("finally")
    static int overriding() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int fixedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace.append("x=" + x + " ");
        }
    }

    @SuppressWarnings("finally")
    static int swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return -1;
        }
    }

    static void loop() {
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                trace.append("body" + i + " ");
            } finally {
                trace.append("finally" + i + " ");
            }
        }
    }

    static void nested() {
        try {
            try {
                throw new IllegalStateException("inner");
            } finally {
                trace.append("inner-finally ");
            }
        } catch (IllegalStateException e) {
            trace.append("caught-" + e.getMessage() + " ");
        } finally {
            trace.append("outer-finally");
        }
    }

    public static void main(String[] args) {
        System.out.println(overriding());
        System.out.println(fixedValue() + " " + trace);
        trace.setLength(0);
        System.out.println(swallow());
        loop();
        System.out.println(trace);
        trace.setLength(0);
        nested();
        System.out.println(trace);
        try {
            System.out.println("try");
        } finally {
            System.out.println("finally");
        }
    }
}
