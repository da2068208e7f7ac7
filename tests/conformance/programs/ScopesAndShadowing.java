// Names: a local or parameter shadowing a field, this.x reaching the
// field, a static field shadowed by a local, block-scoped locals reused in
// sibling blocks, for-loop variables, and a nested class field hiding the
// enclosing class's static field.
public class ScopesAndShadowing {
    static int value = 1;
    int count = 10;

    static class Nested {
        static int value = 2;

        int read() {
            return value + ScopesAndShadowing.value * 100;
        }
    }

    void adjust(int count) {
        count += 5;
        this.count += count;
    }

    int sumTo(int n) {
        int count = 0;
        for (int i = 1; i <= n; i++) {
            count += i;
        }
        return count + this.count;
    }

    public static void main(String[] args) {
        ScopesAndShadowing s = new ScopesAndShadowing();
        s.adjust(3);
        System.out.println("field after adjust " + s.count);
        System.out.println("sumTo(4) " + s.sumTo(4));
        int value = 50;
        System.out.println("local value " + value + ", field " + ScopesAndShadowing.value);
        System.out.println("nested read " + new Nested().read());
        {
            int block = 1;
            System.out.println("first block " + block);
        }
        {
            int block = 2;
            System.out.println("second block " + block);
        }
        for (int i = 0; i < 2; i++) {
            int inner = i * 10;
            System.out.println("loop " + i + " inner " + inner);
        }
        for (int i = 5; i > 3; i--) {
            System.out.println("second loop reuses i " + i);
        }
        int total = 0;
        for (int i = 0, j = 10; i < j; i++, j--) {
            total += j - i;
        }
        System.out.println("total " + total);
        String args0 = args.length > 0 ? args[0] : "none";
        System.out.println("args " + args0);
        int x = 1;
        if (x > 0) {
            int y = x + 1;
            x = y * 2;
        }
        System.out.println("x " + x);
        ScopesAndShadowing.value = 7;
        System.out.println("static after assignment " + ScopesAndShadowing.value + " local still " + value);
    }
}
