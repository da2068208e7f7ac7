// while, do-while, for with several initialisers and updates, for-each
// over arrays of primitives, objects and arrays, empty bodies and loops
// that run zero times.
public class Loops {
    public static void main(String[] args) {
        int i = 0;
        while (i < 5) {
            System.out.print(i + " ");
            i++;
        }
        System.out.println();
        int j = 10;
        do {
            System.out.print(j + " ");
            j -= 3;
        } while (j > 0);
        System.out.println();
        do {
            System.out.println("do runs once");
        } while (false);
        for (int a = 0, b = 10; a < b; a += 2, b--) {
            System.out.print(a + ":" + b + " ");
        }
        System.out.println();
        int k;
        for (k = 0; k < 1000; k++) {
            if (k * k > 200) {
                break;
            }
        }
        System.out.println("k " + k);
        int empty = 0;
        for (int z = 0; z < 0; z++) {
            empty++;
        }
        while (empty > 0) {
            empty--;
        }
        System.out.println("empty " + empty);
        int spin = 0;
        for (; spin < 7; spin++)
            ;
        System.out.println("spin " + spin);
        long sum = 0;
        for (long x = 1; x <= 1000000; x++) {
            sum += x * x % 7;
        }
        System.out.println("sum " + sum);
        String[] names = {"ada", "grace", "alan"};
        for (String name : names) {
            System.out.print(name.length() + " ");
        }
        System.out.println();
        int[][] table = {{1, 2}, {3}, {}, {4, 5, 6}};
        int total = 0;
        for (int[] row : table) {
            for (int v : row) {
                total += v;
            }
            System.out.print(row.length + " ");
        }
        System.out.println("total " + total);
        char[] letters = {'x', 'y'};
        for (char c : letters) {
            System.out.print(c);
        }
        System.out.println();
        double[] ds = {0.5, 0.25};
        double prod = 1;
        for (final double d : ds) {
            prod *= d;
        }
        System.out.println("prod " + prod);
        int[] modified = {1, 2, 3};
        for (int v : modified) {
            v *= 10;
            modified[0] += v;
        }
        System.out.println("modified[0] " + modified[0]);
        int collatz = 27;
        int stepsTaken = 0;
        while (collatz != 1) {
            collatz = collatz % 2 == 0 ? collatz / 2 : 3 * collatz + 1;
            stepsTaken++;
        }
        System.out.println("collatz 27 steps " + stepsTaken);
        int outer = 0;
        for (int p = 0; p < 3; p++) {
            for (int q = p; q < 3; q++) {
                outer = outer * 3 + q;
            }
        }
        System.out.println("outer " + outer);
    }
}
