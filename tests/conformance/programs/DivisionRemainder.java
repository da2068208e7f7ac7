// Integer division truncates toward zero and the remainder takes the sign of
// the dividend; MIN_VALUE / -1 wraps and MIN_VALUE % -1 is zero. Floating
// remainder follows fmod.
public class DivisionRemainder {
    static int div(int a, int b) {
        return a / b;
    }

    static int rem(int a, int b) {
        return a % b;
    }

    static long ldiv(long a, long b) {
        return a / b;
    }

    static long lrem(long a, long b) {
        return a % b;
    }

    public static void main(String[] args) {
        int[] as = {7, -7, 0, 1, -1, 13, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] bs = {2, -2, 3, -3, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : as) {
            StringBuilder line = new StringBuilder();
            for (int b : bs) {
                line.append(div(a, b)).append('/').append(rem(a, b)).append(' ');
            }
            System.out.println(a + ": " + line);
        }
        System.out.println("MIN / -1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("LMIN / -1 = " + ldiv(Long.MIN_VALUE, -1L));
        System.out.println("LMIN % -1 = " + lrem(Long.MIN_VALUE, -1L));
        long[] las = {7L, -7L, 1000000000000L, -1000000000001L, Long.MIN_VALUE};
        long[] lbs = {2L, -2L, 3L, 1000000007L, -1L};
        for (long a : las) {
            for (long b : lbs) {
                System.out.println(a + " / " + b + " = " + ldiv(a, b) + ", % = " + lrem(a, b));
            }
        }
        double[] das = {7.5, -7.5, 1e300, -0.0};
        double[] dbs = {2.0, -2.0, 0.0, 3.25};
        for (double a : das) {
            for (double b : dbs) {
                System.out.println(a + " / " + b + " = " + (a / b) + ", % = " + (a % b));
            }
        }
        float f = 10.5f;
        System.out.println("10.5f % 3 = " + (f % 3) + ", -10.5f % 3 = " + (-f % 3));
        int x = -17;
        x /= 4;
        System.out.println("-17 /= 4 -> " + x);
        x = -17;
        x %= 4;
        System.out.println("-17 %= 4 -> " + x);
        System.out.println("floor-style: " + Math.floor(-17 / 4.0));
    }
}
