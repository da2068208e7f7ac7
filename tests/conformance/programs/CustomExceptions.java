// Custom exception classes: checked exceptions declared with throws and
// caught, unchecked subclasses, extra fields, getMessage, getCause,
// toString (class name, then ": message" when there is one), catch order
// by subclass, and exceptions crossing several frames.
public class CustomExceptions {
    static class InsufficientFunds extends Exception {
        final int missing;

        InsufficientFunds(int missing) {
            super("missing " + missing);
            this.missing = missing;
        }
    }

    static class AccountLocked extends Exception {
        AccountLocked() {
            super();
        }
    }

    static class ValidationError extends RuntimeException {
        ValidationError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static class Quiet extends IllegalStateException {
        public String getMessage() {
            return "overridden message";
        }
    }

    static int balance = 100;
    static boolean locked;

    static void withdraw(int amount) throws InsufficientFunds, AccountLocked {
        if (locked) {
            throw new AccountLocked();
        }
        if (amount > balance) {
            throw new InsufficientFunds(amount - balance);
        }
        balance -= amount;
    }

    static void validate(String s) {
        try {
            Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ValidationError("invalid amount " + s, e);
        }
    }

    public static void main(String[] args) {
        int[] amounts = {30, 50, 40, 10};
        for (int a : amounts) {
            try {
                withdraw(a);
                System.out.println("withdrew " + a + ", balance " + balance);
            } catch (InsufficientFunds e) {
                System.out.println("failed: " + e.getMessage() + " (" + e.missing + ")");
            } catch (AccountLocked e) {
                System.out.println("locked");
            }
        }
        locked = true;
        try {
            withdraw(1);
        } catch (Exception e) {
            System.out.println("caught as Exception: " + e + " message " + e.getMessage());
        }
        try {
            validate("12x");
        } catch (ValidationError e) {
            System.out.println(e.getMessage());
            System.out.println("cause " + e.getCause());
            System.out.println("cause message " + e.getCause().getMessage());
            System.out.println("toString " + e);
        }
        Throwable t = new Quiet();
        System.out.println("overridden getMessage in toString: " + t);
        Exception plain = new Exception();
        System.out.println("no message: " + plain + " " + plain.getMessage() + " " + plain.getCause());
        Exception wrapped = new Exception(new IllegalArgumentException("inner"));
        System.out.println("cause-only constructor: " + wrapped.getMessage() + " | " + wrapped);
        RuntimeException nullCause = new RuntimeException((Throwable) null);
        System.out.println("null cause: " + nullCause.getMessage() + " " + nullCause);
        Error err = new Error("fatal", new RuntimeException("root"));
        System.out.println(err + " caused by " + err.getCause());
        Throwable chain = new IllegalStateException("top", new IllegalArgumentException("middle", new ArithmeticException("bottom")));
        int depth = 0;
        for (Throwable c = chain; c != null; c = c.getCause()) {
            System.out.println("  ".substring(0, Math.min(depth, 2)) + c);
            depth++;
        }
        System.out.println("depth " + depth);
        System.out.println("instanceof " + (chain instanceof RuntimeException) + " " + ((Object) err instanceof Exception));
        System.out.println(new NumberFormatException("nf") + " / " + new UnsupportedOperationException("no")
            + " / " + new IndexOutOfBoundsException(5) + " / " + new ArrayIndexOutOfBoundsException(-2)
            + " / " + new StringIndexOutOfBoundsException(4));
        System.out.println(new AssertionError("assert") + " / " + new AssertionError(42) + " / " + new StackOverflowError()
            + " / " + new OutOfMemoryError("oom"));
    }
}
