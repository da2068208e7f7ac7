public class Shared {
    static int[] squares;
    static String greeting;

    public static void main(String[] args) {
        squares = new int[1000];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = i * i;
        }
        greeting = "built on the creating station";
        System.out.println("creator: built " + squares.length + " squares");
    }
}
