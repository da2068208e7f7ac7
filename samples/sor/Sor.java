// Red-black successive over-relaxation on an N x M grid, as in the SOR
// benchmark of the Plurix papers. Usage: Sor [N M [iterations [bands]]].
// Prints the grid's size and a checksum (sum of all cells) as a double.
public class Sor {
    static final double OMEGA = 1.25;

    // A deterministic start: a hot top edge, a cold bottom edge, linear side
    // edges and a bumpy interior, so the checksum depends on every sweep.
    static double[][] initialGrid(int rows, int columns) {
        double[][] grid = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                grid[i][j] = ((i * 31 + j * 17) % 101) / 101.0;
            }
        }
        for (int j = 0; j < columns; j++) {
            grid[0][j] = 1.0;
            grid[rows - 1][j] = 0.0;
        }
        for (int i = 0; i < rows; i++) {
            double edge = 1.0 - (double) i / (rows - 1);
            grid[i][0] = edge;
            grid[i][columns - 1] = edge;
        }
        return grid;
    }

    // Splits the interior rows 1 .. rows-2 into `count` bands of nearly equal size.
    static Band[] makeBands(int rows, int count) {
        int interior = rows - 2;
        if (count > interior) {
            count = interior;
        }
        Band[] bands = new Band[count];
        int first = 1;
        for (int b = 0; b < count; b++) {
            int size = interior / count + (b < interior % count ? 1 : 0);
            bands[b] = new Band(first, first + size - 1);
            first += size;
        }
        return bands;
    }

    static double checksum(double[][] grid) {
        double sum = 0.0;
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                sum += grid[i][j];
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        int rows = 512;
        int columns = 512;
        int iterations = 100;
        int bandCount = 8;
        if (args.length >= 2) {
            rows = Integer.parseInt(args[0]);
            columns = Integer.parseInt(args[1]);
        }
        if (args.length >= 3) {
            iterations = Integer.parseInt(args[2]);
        }
        if (args.length >= 4) {
            bandCount = Integer.parseInt(args[3]);
        }
        if (rows < 3 || columns < 3 || iterations < 0 || bandCount < 1) {
            System.out.println("usage: Sor [N M [iterations [bands]]] with N, M >= 3");
            return;
        }
        double[][] grid = initialGrid(rows, columns);
        Band[] bands = makeBands(rows, bandCount);
        for (int it = 0; it < iterations; it++) {
            for (int color = 0; color < 2; color++) {
                for (int b = 0; b < bands.length; b++) {
                    bands[b].relax(grid, color, OMEGA);
                }
            }
        }
        System.out.println("sor " + rows + "x" + columns + ", " + iterations + " iterations, omega " + OMEGA
                + ", " + bands.length + " bands");
        System.out.println("checksum: " + checksum(grid));
    }
}
