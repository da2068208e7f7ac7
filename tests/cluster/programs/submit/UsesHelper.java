// Compiles only if Helper is in the heap already.
public class UsesHelper {
    public static void main(String[] args) {
        System.out.println("helper " + Helper.twice(21));
    }
}
