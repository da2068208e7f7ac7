// Math: exact functions printed in full (abs, min, max, sqrt, floor, ceil,
// rint, round, signum, exact pow cases) and transcendental ones rounded to
// twelve decimals, so any correctly rounded library prints the same digits.
public class MathFunctions {
    static double r12(double x) {
        return Math.round(x * 1e12) / 1e12;
    }

    public static void main(String[] args) {
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0));
        System.out.println("min/max int " + Math.min(3, -4) + " " + Math.max(3, -4));
        System.out.println("min/max long " + Math.min(3L, Long.MIN_VALUE) + " " + Math.max(3L, Long.MAX_VALUE));
        System.out.println("min/max float " + Math.min(1.5f, 2.5f) + " " + Math.max(1.5f, 2.5f));
        double[] xs = {0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.7, -3.7, 1e20, -1e-20, Double.NaN};
        for (double x : xs) {
            System.out.println(x + ": floor " + Math.floor(x) + ", ceil " + Math.ceil(x) + ", rint " + Math.rint(x)
                + ", round " + Math.round(x) + ", signum " + Math.signum(x));
        }
        float[] fs = {0.5f, -0.5f, 2.5f, -2.5f, 1e10f, Float.NaN};
        for (float f : fs) {
            System.out.println(f + "f: round " + Math.round(f) + ", signum " + Math.signum(f));
        }
        System.out.println("round huge " + Math.round(1e30) + " " + Math.round(-1e30) + " " + Math.round(3e9f));
        for (int i = 0; i <= 20; i++) {
            System.out.print(Math.sqrt(i) + " ");
        }
        System.out.println();
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-3, 3) + " "
            + Math.pow(0, 0) + " " + Math.pow(10, 15) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println("sqrt(2) " + Math.sqrt(2) + ", sqrt(-0.0) " + Math.sqrt(-0.0));
        System.out.println("cbrt(27) " + Math.cbrt(27) + " cbrt(-8) " + Math.cbrt(-8));
        System.out.println("hypot(3,4) " + Math.hypot(3, 4));
        System.out.println("sin " + r12(Math.sin(1)) + " cos " + r12(Math.cos(1)) + " tan " + r12(Math.tan(1)));
        System.out.println("asin " + r12(Math.asin(0.5)) + " acos " + r12(Math.acos(0.5)) + " atan " + r12(Math.atan(1)));
        System.out.println("atan2 " + r12(Math.atan2(1, -1)) + " " + r12(Math.atan2(-1, -1)));
        System.out.println("exp " + r12(Math.exp(1)) + " log " + r12(Math.log(10)) + " log10 " + Math.log10(1000));
        System.out.println("log(0) " + Math.log(0) + " log(-1) " + Math.log(-1) + " exp(1000) " + Math.exp(1000));
        System.out.println("toRadians(180) " + r12(Math.toRadians(180)) + " toDegrees(PI) " + r12(Math.toDegrees(Math.PI)));
        System.out.println("sin(0) " + Math.sin(0.0) + " cos(0) " + Math.cos(0.0));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += Math.sin(i) * Math.sin(i) + Math.cos(i) * Math.cos(i);
        }
        System.out.println("sum sin^2+cos^2 " + r12(acc));
        double series = 0;
        for (int k = 0; k < 100000; k++) {
            series += (k % 2 == 0 ? 1.0 : -1.0) / (2 * k + 1);
        }
        System.out.println("leibniz " + r12(series * 4));
        System.out.println("PI " + Math.PI + " E " + Math.E);
        double r = Math.random();
        System.out.println("random in range: " + (r >= 0.0 && r < 1.0));
    }
}
