// while, do-while, for (several initialisers and updates, empty parts) and
// enhanced for over one- and two-dimensional arrays.
class Loops {
    public static void main(String[] args) {
        int i = 0;
        while (i < 3) {
            System.out.print(i++);
        }
        System.out.println();
        do {
            System.out.print(i--);
        } while (i > 0);
        System.out.println();
        do
            i += 5;
        while (i < 12);
        System.out.println(i);
        for (int a = 0, b = 10; a < b; a += 3, b--) {
            System.out.print(a + ":" + b + " ");
        }
        System.out.println();
        int k;
        for (k = 0; ; k++) {
            if (k * k > 50) {
                break;
            }
        }
        System.out.println(k);
        for (;;) {
            k--;
            if (k < 0) break;
        }
        System.out.println(k);
        long sum = 0;
        long[] values = {5, 6, 7};
        for (long v : values) {
            sum += v;
        }
        System.out.println(sum);
        char[][] rows = {{'a', 'b'}, {}, {'c'}};
        for (char[] row : rows) {
            for (final char c : row) {
                System.out.print(c);
            }
            System.out.print('|');
        }
        System.out.println();
        for (String s : args) {
            System.out.println("arg " + s);
        }
        int count = 0;
        while (count < 10) count++;
        System.out.println(count);
    }
}
