// An exception raised by the runtime itself (an array index out of range)
// that nobody catches ends the program with exit status 1; the output
// before it is kept.
public class UncaughtRuntimeError {
    static int[] table = new int[4];

    static int fill(int n) {
        int sum = 0;
        for (int i = 0; i <= n; i++) {
            table[i] = i * 3;
            sum += table[i];
            System.out.println("table[" + i + "] = " + table[i]);
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("sum " + fill(3));
        System.out.println("sum " + fill(6));
        System.out.println("not reached");
    }
}
