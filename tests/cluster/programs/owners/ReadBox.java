// Prints the small value.
public class ReadBox {
    public static void main(String[] args) {
        System.out.println("box: " + Box.value[0]);
    }
}
