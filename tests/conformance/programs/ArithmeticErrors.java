// Integer division and remainder by zero throw ArithmeticException("/ by
// zero") for int and long; floating-point division by zero does not throw.
public class ArithmeticErrors {
    static int zero() {
        return 0;
    }

    public static void main(String[] args) {
        int z = zero();
        try {
            System.out.println(10 / z);
        } catch (ArithmeticException e) {
            System.out.println("int /: " + e.getMessage());
        }
        try {
            System.out.println(10 % z);
        } catch (ArithmeticException e) {
            System.out.println("int %: " + e.getMessage());
        }
        long lz = z;
        try {
            System.out.println(10L / lz);
        } catch (ArithmeticException e) {
            System.out.println("long /: " + e.getMessage());
        }
        try {
            System.out.println(10L % lz);
        } catch (ArithmeticException e) {
            System.out.println("long %: " + e.getMessage());
        }
        int x = 5;
        try {
            x /= z;
        } catch (ArithmeticException e) {
            System.out.println("compound /=: " + e.getMessage() + ", x still " + x);
        }
        int[] arr = {8};
        try {
            arr[0] %= z;
        } catch (ArithmeticException e) {
            System.out.println("compound on element: " + e + ", arr[0] still " + arr[0]);
        }
        System.out.println("double / 0 = " + (1.0 / z) + ", % 0 = " + (1.0 % z));
        System.out.println("float / 0 = " + (1.0f / z) + ", 0f / 0 = " + (0.0f / z));
        System.out.println("MIN / -1 = " + (Integer.MIN_VALUE / (z - 1)));
        int caught = 0;
        int sum = 0;
        for (int d = -3; d <= 3; d++) {
            try {
                sum += 100 / d;
            } catch (ArithmeticException e) {
                caught++;
            }
        }
        System.out.println("sum " + sum + " caught " + caught);
        try {
            throw new ArithmeticException();
        } catch (ArithmeticException e) {
            System.out.println("no message: " + e.getMessage() + " / " + e);
        }
        try {
            System.out.println(Math.abs(z - 7) / (z * 2));
        } catch (RuntimeException e) {
            System.out.println("as RuntimeException: " + e.toString());
        }
    }
}
