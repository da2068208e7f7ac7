// java.lang.Math functions whose results are exact (correctly rounded or
// integral), so that every implementation prints the same digits.
class MathLibrary {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0));
        System.out.println(Math.abs(Integer.MIN_VALUE));
        System.out.println(Math.min(3, 4) + " " + Math.max(3L, 4L) + " " + Math.min(-0.0, 0.0) + " "
                + Math.max(1.5f, 2.5f) + " " + Math.min(1.0, Double.NaN));
        System.out.println(Math.sqrt(2.0) + " " + Math.sqrt(-1.0) + " " + Math.sqrt(144));
        System.out.println(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " "
                + Math.round(Double.NaN) + " " + Math.round(1e20));
        System.out.println(Math.signum(-3.0) + " " + Math.signum(0.0) + " " + Math.hypot(3, 4));
        System.out.println(Math.PI + " " + Math.E);
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(0, 0));
        System.out.println(Math.cbrt(27.0) + " " + Math.exp(0) + " " + Math.log(1) + " " + Math.log10(1000));
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.atan2(0, 1));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) / Math.PI);
        double r = Math.random();
        System.out.println(r >= 0.0 && r < 1.0);
    }
}
