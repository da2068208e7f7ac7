// main receives an empty array when the program is run without arguments:
// its length is 0, it is not null, and iterating it does nothing.
public class MainArgs {
    public static void main(String[] args) {
        System.out.println("args null: " + (args == null));
        System.out.println("args length: " + args.length);
        int seen = 0;
        for (String a : args) {
            seen++;
            System.out.println("arg " + a);
        }
        System.out.println("iterated " + seen);
        String[] copy = args.clone();
        System.out.println("clone length " + copy.length + ", distinct " + (copy != args));
        try {
            System.out.println(args[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("args[0]: " + e.getMessage());
        }
        Object o = args;
        System.out.println("is String[]: " + (o instanceof String[]) + ", class " + args.getClass().getName());
    }
}
