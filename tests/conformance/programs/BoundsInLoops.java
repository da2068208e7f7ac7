// Bounds checks on induction variables inside loops, which the compiler may decide once before
// the loop (docs/CODEGEN.md): each loop must still throw on the very iteration Java throws, after
// exactly the stores of the iterations before it, and never throw when an earlier exit leaves
// the loop first.
public class BoundsInLoops {
    static long sum(double[] values) {
        double total = 0;
        for (int i = 0; i < values.length; i++) total += values[i] * (i + 1);
        return (long) total;
    }

    static long sum(int[] values) {
        long total = 0;
        for (int i = 0; i < values.length; i++) total = total * 31 + values[i];
        return total;
    }

    // The red-black sweep of SOR: the start depends on the row and the colour, the step is two.
    static void relax(double[][] grid, int color) {
        int columns = grid[0].length;
        for (int i = 1; i < grid.length - 1; i++) {
            double[] above = grid[i - 1];
            double[] row = grid[i];
            double[] below = grid[i + 1];
            int start = 1 + ((i + 1 + color) & 1);
            for (int j = start; j < columns - 1; j += 2) {
                row[j] = 0.25 * (above[j] + below[j] + row[j - 1] + row[j + 1]);
            }
        }
    }

    static double[][] grid(int rows, int columns) {
        double[][] grid = new double[rows][];
        for (int i = 0; i < rows; i++) {
            grid[i] = new double[columns];
            for (int j = 0; j < columns; j++) grid[i][j] = ((i * 31 + j * 17) % 101) / 101.0;
        }
        return grid;
    }

    // Fills values[from .. to) with the index; the loop goes past the end when to > length.
    static void fill(int[] values, int from, int to) {
        for (int j = from; j < to; j++) values[j] = j + 1;
    }

    // Reads values[j - 1]: the first iteration is out of bounds when from is 0.
    static int backwards(int[] values, int[] into, int from, int to) {
        int count = 0;
        for (int j = from; j < to; j++) {
            into[j] = values[j - 1] * 2;
            count++;
        }
        return count;
    }

    // Two arrays of different lengths: the shorter one ends the loop with an exception.
    static void pairs(int[] left, int[] right, int[] out, int step) {
        for (int j = 0; j < out.length; j += step) out[j] = left[j] + right[j + 1];
    }

    // An early exit before the index leaves the array: no exception.
    static int untilNegative(int[] values, int limit) {
        int found = -1;
        for (int j = 0; j < limit; j++) {
            if (values[j] < 0) {
                found = j;
                break;
            }
        }
        return found;
    }

    public static void main(String[] args) {
        double[][] g = grid(40, 33);
        for (int it = 0; it < 20; it++) {
            relax(g, 0);
            relax(g, 1);
        }
        long checksum = 0;
        for (double[] row : g) checksum = checksum * 7 + sum(row);
        System.out.println("sor checksum " + checksum);

        // A ragged grid: one row is shorter, so a sweep throws in its middle.
        double[][] ragged = grid(10, 21);
        ragged[6] = new double[15];
        try {
            relax(ragged, 1);
            System.out.println("ragged sweep: done");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ragged sweep: " + e.getMessage());
        }
        long raggedSum = 0;
        for (double[] row : ragged) raggedSum = raggedSum * 7 + sum(row);
        System.out.println("ragged checksum " + raggedSum);

        int[][] fills = {{8, 2, 5}, {8, 2, 12}, {3, 7, 7}, {3, -2, 2}, {5, 0, 5}, {5, 0, 6}};
        for (int[] f : fills) {
            int[] values = new int[f[0]];
            try {
                fill(values, f[1], f[2]);
                System.out.print("fill " + f[1] + ".." + f[2] + ": done");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.print("fill " + f[1] + ".." + f[2] + ": " + e.getMessage());
            }
            System.out.println(", values " + sum(values));
        }

        int[] source = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[][] backs = {{10, 0}, {10, 1}, {6, 1}};
        for (int[] b : backs) {
            int[] into = new int[b[0]];
            try {
                System.out.print("backwards into " + b[0] + " from " + b[1] + ": count "
                        + backwards(source, into, b[1], 10));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.print("backwards into " + b[0] + " from " + b[1] + ": " + e.getMessage());
            }
            System.out.println(", into " + sum(into));
        }

        int[] left = new int[20];
        int[] right = new int[20];
        for (int i = 0; i < 20; i++) {
            left[i] = i * i;
            right[i] = 3 * i - 7;
        }
        for (int step = 1; step <= 4; step++) {
            int[] out = new int[step == 3 ? 19 : 20];
            try {
                pairs(left, right, out, step);
                System.out.print("pairs step " + step + ": done");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.print("pairs step " + step + ": " + e.getMessage());
            }
            System.out.println(", out " + sum(out));
        }

        int[] signs = {4, 9, 1, -3, 5};
        System.out.println("negative at " + untilNegative(signs, 100));
        try {
            untilNegative(new int[] {1, 2, 3}, 100);
            System.out.println("no negative: done");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("no negative: " + e.getMessage());
        }

        // Indices near the largest int.
        int[] near = new int[6];
        int base = Integer.MAX_VALUE - 10;
        for (int j = base; j < Integer.MAX_VALUE - 4; j += 1) near[j - base] = j - base + 100;
        System.out.println("near max " + sum(near));
        try {
            for (int j = base; j < Integer.MAX_VALUE - 1; j += 3) near[j - base] = -j;
            System.out.print("near max past end: done");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.print("near max past end: " + e.getMessage());
        }
        System.out.println(", near " + sum(near));

        // A long counter indexing an array through a cast.
        long[] wide = new long[12];
        for (long k = 0; k < 12; k++) wide[(int) k] = k * k * 1_000_000_007L;
        long wideSum = 0;
        for (long w : wide) wideSum ^= w;
        System.out.println("wide " + wideSum);
    }
}
