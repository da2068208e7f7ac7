// throw and catch: runtime exceptions raised by the language itself
// (division by zero, bad index, null, bad cast), catch order by subtype,
// multi-catch, rethrow from a catch block, nested try, getMessage.
class Exceptions {
    static int depth;

    static void thrower(int kind) {
        switch (kind) {
            case 0:
                throw new IllegalArgumentException("bad argument");
            case 1:
                throw new IllegalStateException("bad state");
            case 2:
                throw new UnsupportedOperationException();
            default:
                throw new RuntimeException("kind " + kind);
        }
    }

    public static void main(String[] args) {
        int zero = args.length;
        try {
            System.out.println(1 / zero);
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException");
        }
        try {
            int[] a = new int[2];
            a[zero + 2] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("index out of bounds");
        }
        try {
            String s = null;
            s.length();
        } catch (NullPointerException e) {
            System.out.println("null pointer");
        }
        try {
            Object o = "string";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("class cast");
        }
        for (int k = 0; k < 4; k++) {
            try {
                thrower(k);
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.out.println("multi: " + e.getMessage());
            } catch (UnsupportedOperationException e) {
                System.out.println("unsupported: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime: " + e.getMessage());
            }
        }
        try {
            try {
                thrower(3);
            } catch (RuntimeException e) {
                throw new IllegalStateException("wrapped", e);
            }
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        try {
            throw new Error("an error");
        } catch (Throwable t) {
            System.out.println("throwable: " + t.getMessage());
        }
        try {
            Object[] objects = new String[1];
            objects[0] = new Object();
        } catch (ArrayStoreException e) {
            System.out.println("array store");
        }
    }
}
