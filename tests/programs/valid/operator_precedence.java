// Operator precedence and associativity (JLS 15), and left-to-right
// evaluation of operands.
class OperatorPrecedence {
    static StringBuilder order = new StringBuilder();

    static int v(int x) {
        order.append(x);
        return x;
    }

    public static void main(String[] args) {
        System.out.println(2 + 3 * 4 - 6 / 2 % 4);
        System.out.println(1 << 2 + 3);
        System.out.println(1 + 2 << 3 >> 1);
        System.out.println(5 & 3 | 8 ^ 2);
        System.out.println(1 < 2 == 3 > 2);
        System.out.println(true || false && false);
        System.out.println(-2 * -3 - -1);
        System.out.println(~1 + 1);
        System.out.println(10 - 4 - 3);
        System.out.println(64 / 4 / 2);
        System.out.println(2 - 1 + 3);
        int a;
        int b;
        a = b = 3;
        a += b -= 1;
        System.out.println(a + " " + b);
        boolean flag = !false == true;
        System.out.println(flag);
        System.out.println(v(1) + v(2) * v(3));
        System.out.println(order);
        int i = 1;
        i = i++ + i++;
        System.out.println(i);
        int[] arr = {0, 0, 0};
        int k = 0;
        arr[k] = k = 2;
        System.out.println(arr[0] + " " + arr[2] + " " + k);
        System.out.println((Object) "cast" instanceof String ? "yes" : "no");
        System.out.println(1 + 2 + (3 + 4) * 5);
    }
}
