// The boxed types' static helpers and constants (no boxing conversions).
class BoxedTypeHelpers {
    public static void main(String[] args) {
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE);
        System.out.println(Integer.parseInt("-123") + Integer.parseInt("ff", 16));
        System.out.println(Integer.toString(255) + " " + Integer.toString(255, 2) + " " + Integer.toHexString(-1)
                + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(8));
        System.out.println(Integer.bitCount(255) + " " + Integer.compare(3, 5) + " " + Integer.signum(-9) + " "
                + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " "
                + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8));
        System.out.println(Long.MAX_VALUE + " " + Long.parseLong("-9000000000") + " " + Long.toHexString(255L)
                + " " + Long.toString(-5L) + " " + Long.bitCount(-1L) + " " + Long.numberOfTrailingZeros(1024L));
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE);
        System.out.println(Double.parseDouble("2.5") * 2 + " " + Double.toString(0.5) + " " + Double.isNaN(0.0 / 0)
                + " " + Double.isInfinite(1 / 0.0) + " " + Double.compare(1.0, 2.0));
        System.out.println(Double.doubleToLongBits(1.0) + " " + Double.longBitsToDouble(4611686018427387904L));
        System.out.println(Float.parseFloat("1.25") + " " + Float.floatToIntBits(1.0f) + " "
                + Float.intBitsToFloat(1065353216) + " " + Float.isNaN(Float.NaN));
        System.out.println(Double.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Double.NaN);
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " "
                + Boolean.toString(false));
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('x') + " "
                + Character.isLetterOrDigit('_') + " " + Character.isWhitespace(' ') + " "
                + Character.isUpperCase('Q') + " " + Character.isLowerCase('Q'));
        System.out.println(Character.toUpperCase('a') + "" + Character.toLowerCase('B') + " "
                + Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + (int) Character.MAX_VALUE
                + " " + (int) Character.MIN_VALUE);
        try {
            Integer.parseInt("12z");
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException");
        }
    }
}
