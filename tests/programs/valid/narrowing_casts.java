// Casting conversions: floating to integral rounds toward zero and saturates,
// NaN becomes 0, integral narrowing keeps the low bits.
class NarrowingCasts {
    public static void main(String[] args) {
        double nan = Double.NaN;
        System.out.println((int) 3.99);
        System.out.println((int) -3.99);
        System.out.println((int) 1e20);
        System.out.println((int) -1e20);
        System.out.println((long) 1e20);
        System.out.println((int) nan);
        System.out.println((long) Double.NEGATIVE_INFINITY);
        System.out.println((char) 65.7);
        System.out.println((byte) 200);
        System.out.println((byte) -129);
        System.out.println((short) 70000);
        System.out.println((char) -1 + 0);
        System.out.println((int) (char) -1);
        System.out.println((short) (char) 40000);
        System.out.println((byte) 1e10);
        System.out.println((short) 1e10);
        System.out.println((int) 4000000000L);
        System.out.println((float) 1e40);
        System.out.println((float) 0.1);
        System.out.println((double) (float) 0.1);
        System.out.println((long) 3.5f);
        System.out.println((int) 'x');
        byte b = (byte) 'A';
        System.out.println(b);
        char c = (char) b;
        System.out.println(c);
    }
}
