// Local variables changed inside a try block before an exception keep
// their new values in the catch and finally blocks and after them; the
// catch parameter can be reassigned; and a loop throwing and catching on
// every iteration keeps its counters exact over 200,000 exceptions.
public class ExceptionLocals {
    static int thrower(int x) {
        if (x % 4 == 3) {
            throw new IllegalArgumentException("x=" + x);
        }
        return x * 2;
    }

    public static void main(String[] args) {
        int a = 1;
        long b = 2;
        double c = 3;
        String s = "start";
        try {
            a = 10;
            b = 20;
            c = 30.5;
            s = "in try";
            thrower(3);
            a = -1;
        } catch (IllegalArgumentException e) {
            System.out.println("catch sees " + a + " " + b + " " + c + " " + s + " (" + e.getMessage() + ")");
            a += 5;
            e = new IllegalArgumentException("replaced");
            System.out.println("reassigned catch parameter: " + e.getMessage());
        } finally {
            b += 100;
            System.out.println("finally sees " + a + " " + b);
        }
        System.out.println("after " + a + " " + b + " " + c + " " + s);
        int sum = 0;
        int failures = 0;
        int lastFailure = -1;
        for (int i = 0; i < 200000; i++) {
            int partial = i;
            try {
                partial = thrower(i);
                sum += partial;
            } catch (IllegalArgumentException e) {
                failures++;
                lastFailure = partial;
            }
        }
        System.out.println("sum " + sum + " failures " + failures + " last failure at " + lastFailure);
        int[] counts = new int[3];
        for (int i = 0; i < 30000; i++) {
            try {
                switch (i % 3) {
                    case 0:
                        throw new IllegalStateException();
                    case 1:
                        int[] none = null;
                        counts[0] += none.length;
                        break;
                    default:
                        counts[2] += 10 / (i % 2);
                }
            } catch (IllegalStateException e) {
                counts[0]++;
            } catch (NullPointerException e) {
                counts[1]++;
            } catch (ArithmeticException e) {
                counts[2] -= 1000;
            }
        }
        System.out.println("counts " + counts[0] + " " + counts[1] + " " + counts[2]);
        double x = 1.5;
        float y = 2.5f;
        char ch = 'a';
        try {
            x *= 2;
            y *= 2;
            ch++;
            Object o = "string";
            Integer[] bad = (Integer[]) (Object) new String[]{(String) o};
            x = bad.length;
        } catch (ClassCastException e) {
            System.out.println("primitive locals after throw: " + x + " " + y + " " + ch);
        }
    }
}
