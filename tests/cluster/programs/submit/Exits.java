// Ends with System.exit(3): under `submit --on K` that ends this main, not station K.
public class Exits {
    public static void main(String[] args) {
        System.out.println("leaving with 3");
        System.exit(3);
    }
}
