public class Reader {
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < Shared.squares.length; i++) {
            sum += Shared.squares[i];
        }
        System.out.println("joiner: " + Shared.greeting + ", sum of squares " + sum);
    }
}
