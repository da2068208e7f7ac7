// Labelled break and continue across nested for, while and do loops, a
// labelled block, and plain break/continue in the innermost loop.
public class LabeledBreakContinue {
    public static void main(String[] args) {
        rows:
        for (int row = 1; row <= 6; row++) {
            int col = 0;
            while (col < 6) {
                col++;
                if (col > row) {
                    continue rows;
                }
                if (row * col == 20) {
                    break rows;
                }
                System.out.print(row + "x" + col + " ");
            }
            System.out.print("never ");
        }
        System.out.println();
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int j = 2; j * j <= i; j++) {
                if (i % j == 0) {
                    continue search;
                }
            }
            if (i > 50) {
                found = i;
                break search;
            }
        }
        System.out.println("first prime above 50: " + found);
        int n = 0;
        loop:
        while (true) {
            n++;
            int m = 0;
            do {
                m++;
                if (m == 2) {
                    continue;
                }
                if (n * m > 20) {
                    break loop;
                }
                System.out.print(n * m + " ");
            } while (m < 4);
        }
        System.out.println();
        System.out.println("n " + n);
        block:
        {
            System.out.println("in block");
            if (n > 0) {
                break block;
            }
            System.out.println("not printed");
        }
        System.out.println("after block");
        int count = 0;
        a:
        for (int i = 0; i < 4; i++) {
            b:
            for (int j = 0; j < 4; j++) {
                c:
                for (int k = 0; k < 4; k++) {
                    if (k == j) {
                        continue b;
                    }
                    if (j == 3 && k == 1) {
                        continue a;
                    }
                    if (i == 3) {
                        break a;
                    }
                    if (k == 2) {
                        break c;
                    }
                    count += i * 100 + j * 10 + k;
                }
            }
        }
        System.out.println("count " + count);
        int w = 0;
        int steps = 0;
        while (w < 10) {
            w++;
            if (w % 2 == 0) {
                continue;
            }
            if (w == 9) {
                break;
            }
            steps += w;
        }
        System.out.println("steps " + steps + " w " + w);
    }
}
