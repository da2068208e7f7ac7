// String.valueOf and the wrapper toString methods for every type, and the
// String constructors from char arrays.
public class StringValueOf {
    static class Named {
        public String toString() {
            return "named";
        }
    }

    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false));
        System.out.println(String.valueOf('c') + " " + String.valueOf('\u0041'));
        System.out.println(String.valueOf(0) + " " + String.valueOf(-123) + " " + String.valueOf(Integer.MIN_VALUE));
        System.out.println(String.valueOf(0L) + " " + String.valueOf(Long.MAX_VALUE));
        System.out.println(String.valueOf(1.5f) + " " + String.valueOf(-0.0f) + " " + String.valueOf(Float.NaN));
        System.out.println(String.valueOf(1.5) + " " + String.valueOf(1e21) + " " + String.valueOf(1e-21));
        char[] data = {'a', 'b', 'c'};
        System.out.println(String.valueOf(data));
        System.out.println(String.valueOf(new Named()));
        Object none = null;
        System.out.println(String.valueOf(none));
        System.out.println(Integer.toString(77) + " " + Long.toString(-77L) + " " + Double.toString(0.5) + " "
            + Float.toString(0.25f) + " " + Boolean.toString(true) + " " + Short.toString((short) -3)
            + " " + Byte.toString((byte) 9));
        System.out.println(new String(data) + new String(data, 1, 2) + new String("lit"));
        byte b = -1;
        short sh = -2;
        System.out.println(String.valueOf(b) + String.valueOf(sh));
        String all = String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.0f) + String.valueOf(4.0)
            + String.valueOf('5') + String.valueOf(6 > 5);
        System.out.println(all + " " + all.length());
        int total = 0;
        for (int i = -50; i <= 50; i += 7) {
            total += String.valueOf(i).length() + String.valueOf(i * 0.5).length();
        }
        System.out.println("total length " + total);
    }
}
