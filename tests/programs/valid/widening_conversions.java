// Widening primitive conversions (JLS 5.1.2), in assignment, method
// invocation and binary numeric promotion, including the precision loss of
// int/long -> float and long -> double.
class WideningConversions {
    static String kind(long x) {
        return "long " + x;
    }

    static String kind(double x) {
        return "double " + x;
    }

    public static void main(String[] args) {
        byte b = -7;
        short s = b;
        int i = s;
        long l = i;
        float f = l;
        double d = f;
        System.out.println(s + " " + i + " " + l + " " + f + " " + d);
        char c = 'Z';
        int ci = c;
        System.out.println(ci);
        int big = 123456789;
        float fb = big;
        System.out.println(fb);
        System.out.println(big - (int) fb);
        long huge = Long.MAX_VALUE;
        double dh = huge;
        System.out.println(dh);
        System.out.println(kind(b));
        System.out.println(kind(c));
        System.out.println(kind(1.5f));
        System.out.println(b + c);
        System.out.println(1 / 2 + 1 / 2.0);
        System.out.println('a' + 'b');
        System.out.println((char) ('a' + 1));
    }
}
