// The red-black successive over-relaxation of samples/sor as a steady-state
// benchmark: the sample's grid, bands and sweeps (compiled together with this
// file) on a size x size grid, 100 iterations in 8 bands. The result is the
// sample's checksum (the sum of all cells) printed as (long) (sum * 1e9), so
// that the C++ version can print the same digits.
// Usage: SorBench [size [repetitions]].
public class SorBench extends LangBench {
    static final int ITERATIONS = 100;
    static final int BANDS = 8;

    protected String runOnce(int size) {
        double[][] grid = Sor.initialGrid(size, size);
        Band[] bands = Sor.makeBands(size, BANDS);
        for (int it = 0; it < ITERATIONS; it++) {
            for (int color = 0; color < 2; color++) {
                for (int b = 0; b < bands.length; b++) {
                    bands[b].relax(grid, color, Sor.OMEGA);
                }
            }
        }
        return "sor " + size + "x" + size + ", " + ITERATIONS + " iterations, omega " + Sor.OMEGA + ", "
                + bands.length + " bands\nchecksum: " + (long) (Sor.checksum(grid) * 1e9) + "\n";
    }

    public static void main(String[] args) {
        run(new SorBench(), "SorBench", args, 512, 3, 16384);
    }
}
