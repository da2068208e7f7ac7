// The creating station's main for the migration test: nothing to build but the classes.
public class Start {
    public static void main(String[] args) {
        System.out.println("ready");
    }
}
