// Prints the big value's first and last element.
public class ReadBig {
    public static void main(String[] args) {
        System.out.println("big: " + Box.big[0] + " " + Box.big[Box.big.length - 1]);
    }
}
