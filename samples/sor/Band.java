// A band of consecutive interior rows [firstRow, lastRow] of the grid. Each
// band relaxes only its own rows, and a red (or black) sweep reads only black
// (or red) cells, so the bands of one sweep are independent: later each band
// can run as its own transaction on a different station.
public class Band {
    final int firstRow;
    final int lastRow;

    Band(int firstRow, int lastRow) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
    }

    // Relaxes the cells of colour `color` (0 = red, 1 = black: (i + j) % 2)
    // in this band's rows.
    void relax(double[][] grid, int color, double omega) {
        int columns = grid[0].length;
        double keep = 1.0 - omega;
        double quarter = omega * 0.25;
        for (int i = firstRow; i <= lastRow; i++) {
            double[] above = grid[i - 1];
            double[] row = grid[i];
            double[] below = grid[i + 1];
            int start = 1 + ((i + 1 + color) & 1);
            for (int j = start; j < columns - 1; j += 2) {
                row[j] = keep * row[j] + quarter * (above[j] + below[j] + row[j - 1] + row[j + 1]);
            }
        }
    }
}
