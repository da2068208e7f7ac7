// The runtime throws NullPointerException for a field read or write, a
// method call, an array read, write or length through null, throw null and
// a null String switch. Only the exception's class is printed: messages
// differ between implementations.
public class NullPointerCases {
    int value = 7;
    int[] items = {1, 2};

    int get() {
        return value;
    }

    static int attempts;
    static int caught;

    static void report(String what, Throwable e) {
        System.out.println(what + ": " + (e instanceof NullPointerException ? "NullPointerException" : "other"));
    }

    public static void main(String[] args) {
        NullPointerCases none = null;
        NullPointerCases some = new NullPointerCases();
        int[] noArray = null;
        Object nothing = null;
        try {
            attempts++;
            System.out.println(none.value);
        } catch (NullPointerException e) {
            caught++;
            report("field read", e);
        }
        try {
            attempts++;
            none.value = 3;
        } catch (NullPointerException e) {
            caught++;
            report("field write", e);
        }
        try {
            attempts++;
            none.get();
        } catch (NullPointerException e) {
            caught++;
            report("method call", e);
        }
        try {
            attempts++;
            System.out.println(noArray[0]);
        } catch (NullPointerException e) {
            caught++;
            report("array read", e);
        }
        try {
            attempts++;
            noArray[1] = 5;
        } catch (NullPointerException e) {
            caught++;
            report("array write", e);
        }
        try {
            attempts++;
            System.out.println(noArray.length);
        } catch (NullPointerException e) {
            caught++;
            report("array length", e);
        }
        try {
            attempts++;
            nothing.toString();
        } catch (NullPointerException e) {
            caught++;
            report("Object method", e);
        }
        try {
            attempts++;
            String s = null;
            System.out.println(s.length());
        } catch (NullPointerException e) {
            caught++;
            report("String method", e);
        }
        try {
            attempts++;
            RuntimeException r = null;
            throw r;
        } catch (NullPointerException e) {
            caught++;
            report("throw null", e);
        }
        try {
            attempts++;
            some.items = null;
            some.items[0]++;
        } catch (NullPointerException e) {
            caught++;
            report("increment through null field", e);
        }
        try {
            attempts++;
            int[][] grid = new int[2][];
            grid[1][0] = 4;
        } catch (NullPointerException e) {
            caught++;
            report("missing row", e);
        }
        try {
            attempts++;
            String key = null;
            switch (key) {
                case "a":
                    System.out.println("a");
                    break;
                default:
                    System.out.println("default");
            }
        } catch (NullPointerException e) {
            caught++;
            report("string switch", e);
        }
        String s = null;
        System.out.println("concat with null is fine: " + s + nothing);
        System.out.println("null == null: " + (s == nothing));
        System.out.println("instanceof on null: " + (nothing instanceof Object));
        System.out.println("attempts " + attempts + " caught " + caught + " value " + some.value);
    }
}
