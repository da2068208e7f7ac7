// Declaration forms the dialect accepts: several declarators in one
// statement, array brackets after the name, final locals and parameters,
// blank finals assigned in every constructor, @Override and other
// annotations, volatile, transient and strictfp (accepted and ignored),
// on-demand imports, and a package-private top-level class in the file.
import java.util.*;

public class DeclarationForms {
    volatile int counter;
    transient String cache = "cached";
    final int blank;
    static final long START;

    static {
        START = 12345L;
    }

    DeclarationForms() {
        this(1);
    }

    DeclarationForms(int b) {
        blank = b * 10;
    }

    strictfp double scaled(final double x) {
        final double factor = 0.1;
        return x * factor;
    }

    @Override
    public String toString() {
        return "DeclarationForms[" + blank + "]";
    }

    @SuppressWarnings("unused")
    static int unusedMethod() {
        return 0;
    }

    @Deprecated
    static int old() {
        return -1;
    }

    public static void main(String[] args) {
        int a = 1, b = 2, c[] = {3, 4}, d;
        d = a + b + c[1];
        int grid[][] = new int[2][3], row[] = {7};
        long x, y = 5;
        x = y * 2;
        System.out.println(a + " " + b + " " + c.length + " " + d + " " + grid.length + "x" + grid[0].length + " " + row[0] + " " + x);
        DeclarationForms f = new DeclarationForms();
        DeclarationForms g = new DeclarationForms(4);
        f.counter++;
        System.out.println(f + " " + g + " " + f.counter + " " + f.cache + " " + START + " " + old());
        System.out.println("strictfp " + f.scaled(3));
        Random r = new Random(8);
        int[] values = new int[6];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextInt(50);
        }
        Arrays.sort(values);
        System.out.println("on-demand import: " + Arrays.toString(values));
        DeclarationFormsExtra h = new DeclarationFormsExtra();
        System.out.println("package-private class: " + h.describe());
        ;
        final int limit;
        if (args.length > 100) {
            limit = 1;
        } else {
            limit = 2;
        }
        System.out.println("definitely assigned final " + limit);
        long t0 = System.nanoTime();
        long m0 = System.currentTimeMillis();
        long t1 = System.nanoTime();
        System.out.println("clocks move forward: " + (t1 >= t0) + " " + (m0 > 0));
        new IllegalStateException("printed to standard error, which is not compared").printStackTrace();
        System.out.println("done");
    }
}

class DeclarationFormsExtra {
    String describe() {
        return "another class in the same file";
    }
}
