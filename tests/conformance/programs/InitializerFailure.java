// A static initialiser that throws (JLS 12.4.2): the first use gets an
// Error whose cause is the exception thrown, the class is then in an
// erroneous state and every later use gets an Error too, without running
// the initialiser again; other classes are unaffected. Only the cause's
// message is printed, not the Errors' class names or messages.
public class InitializerFailure {
    static int attempts;

    static int explode() {
        attempts++;
        if (attempts > 0) {
            throw new IllegalStateException("static setup failed");
        }
        return 1;
    }

    static class Fragile {
        static int value = explode();

        static int get() {
            return value;
        }
    }

    static class Sturdy {
        static int value = 42;
    }

    public static void main(String[] args) {
        System.out.println("before first use, attempts " + attempts);
        try {
            System.out.println(Fragile.get());
        } catch (Error e) {
            Throwable cause = e.getCause();
            System.out.println("first use: Error caused by " + (cause instanceof IllegalStateException)
                + " " + (cause == null ? "no cause" : cause.getMessage()));
        }
        try {
            System.out.println(Fragile.value);
        } catch (Error e) {
            System.out.println("second use: Error, attempts still " + attempts);
        }
        try {
            new Fragile();
        } catch (Error e) {
            System.out.println("third use: Error, attempts still " + attempts);
        }
        System.out.println("other class fine: " + Sturdy.value);
    }
}
