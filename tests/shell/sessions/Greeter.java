public class Greeter {
    static int calls;

    public static String greet(String name) {
        calls++;
        return "hello, " + name;
    }

    public static void main(String[] args) {
        System.out.println(greet(args.length > 0 ? args[0] : "nobody") + " (" + args.length + " arguments)");
    }
}
