// User-defined exception hierarchies: catch clauses ordered from specific
// to general, Throwable's constructors and toString, getCause chains, and
// Error vs Exception.
class ExceptionHierarchy {
    static class AppException extends RuntimeException {
        AppException(String message) {
            super(message);
        }

        AppException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static class DatabaseException extends AppException {
        DatabaseException(String message) {
            super("db: " + message);
        }
    }

    static void fail(int kind) {
        if (kind == 0) throw new DatabaseException("timeout");
        if (kind == 1) throw new AppException("generic", new DatabaseException("cause"));
        if (kind == 2) throw new StackOverflowError();
        throw new ArithmeticException("math");
    }

    public static void main(String[] args) {
        for (int kind = 0; kind < 4; kind++) {
            try {
                fail(kind);
            } catch (DatabaseException e) {
                System.out.println("database: " + e.getMessage());
            } catch (AppException e) {
                System.out.println("app: " + e.getMessage() + ", cause " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime: " + e);
            } catch (Error e) {
                System.out.println("error: " + (e instanceof StackOverflowError) + " " + e.getMessage());
            }
        }
        Throwable t = new Exception(new IllegalArgumentException("inner"));
        System.out.println(t.getCause().getMessage());
        System.out.println(new Throwable().getMessage());
        System.out.println(new RuntimeException("shown").toString());
    }
}
