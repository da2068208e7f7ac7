// Every int operator, including Java's truncating division, the sign of %,
// and silent two's-complement overflow.
class IntOperators {
    static int pick(int i) {
        return i * 7 - 3;
    }

    public static void main(String[] args) {
        int a = 17;
        int b = -5;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        System.out.println(b / a);
        System.out.println(b % a);
        System.out.println(-a / 4);
        System.out.println(-a % 4);
        System.out.println(+a);
        System.out.println(-b);
        int max = Integer.MAX_VALUE;
        System.out.println(max + pick(1) - 3);
        int min = Integer.MIN_VALUE;
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(-min);
        System.out.println(max * max);
        System.out.println(a * 1000000 * 1000);
    }
}
