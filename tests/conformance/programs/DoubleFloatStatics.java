// Double and Float static methods: parsing, toString, bit conversions, compare,
// isNaN and isInfinite, and the constants.
public class DoubleFloatStatics {
    static void parseD(String s) {
        try {
            System.out.println("parseDouble(\"" + s + "\") = " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(\"" + s + "\") failed: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        parseD("3.25");
        parseD("-1e-5");
        parseD("  42  ");
        parseD("1e400");
        parseD("NaN");
        parseD("-Infinity");
        parseD("0x1p4");
        parseD("1.5f");
        parseD("2d");
        parseD(".5");
        parseD("abc");
        System.out.println("parseFloat " + Float.parseFloat("0.1") + " " + Float.parseFloat("1e39") + " "
            + Float.parseFloat("-3.4028235e38"));
        System.out.println("Double.toString " + Double.toString(123.456) + " Float.toString " + Float.toString(1.0f / 7));
        double[] ds = {1.0, -2.5, 0.1, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, -0.0};
        for (double d : ds) {
            long bits = Double.doubleToLongBits(d);
            System.out.println(d + ": bits " + Long.toHexString(bits) + ", raw " + Long.toHexString(Double.doubleToRawLongBits(d))
                + ", back " + Double.longBitsToDouble(bits) + ", isNaN " + Double.isNaN(d) + ", isInfinite " + Double.isInfinite(d));
        }
        float[] fs = {1.0f, -2.5f, 0.1f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY};
        for (float f : fs) {
            int bits = Float.floatToIntBits(f);
            System.out.println(f + ": bits " + Integer.toHexString(bits) + ", raw " + Integer.toHexString(Float.floatToRawIntBits(f))
                + ", back " + Float.intBitsToFloat(bits));
        }
        System.out.println("longBitsToDouble(0x3ff8...) " + Double.longBitsToDouble(0x3ff8000000000000L));
        System.out.println("intBitsToFloat(0x40490fdb) " + Float.intBitsToFloat(0x40490fdb));
        System.out.println("compare " + Double.compare(1.0, 2.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
            + " " + Double.compare(0.0, -0.0) + " " + Float.compare(2f, 1f));
        System.out.println("SIZE " + Double.SIZE + " " + Float.SIZE);
        System.out.println("MIN/MAX " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE);
        double sum = 0;
        String[] parts = {"1.5", "2.25", "-0.125", "1e3", "7"};
        for (String p : parts) {
            sum += Double.parseDouble(p);
        }
        System.out.println("sum " + sum);
    }
}
