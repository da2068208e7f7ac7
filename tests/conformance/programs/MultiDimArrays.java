// Multi-dimensional arrays: rectangular creation with all dimensions,
// partial creation with rows filled later, jagged initialisers, arrays of
// arrays of objects, three dimensions, and row aliasing.
public class MultiDimArrays {
    static class Cell {
        final int r;
        final int c;

        Cell(int r, int c) {
            this.r = r;
            this.c = c;
        }

        String show() {
            return r + "/" + c;
        }
    }

    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                grid[r][c] = r * 10 + c;
            }
        }
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) {
                sb.append(v).append(' ');
            }
            System.out.println(sb);
        }
        int[][] jagged = new int[4][];
        for (int r = 0; r < jagged.length; r++) {
            jagged[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) {
                jagged[r][c] = (r == 0 || c == 0 || c == r) ? 1 : jagged[r - 1][c - 1] + jagged[r - 1][c];
            }
        }
        for (int[] row : jagged) {
            System.out.println("len " + row.length + " last " + row[row.length - 1] + " mid " + row[row.length / 2]);
        }
        int[][] literal = {{1}, {2, 3}, {}, {4, 5, 6}};
        System.out.println("literal rows " + literal.length + ", row 2 length " + literal[2].length
            + ", [3][2] " + literal[3][2]);
        long[][][] cube = new long[2][3][4];
        long sum = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    cube[i][j][k] = (long) i * 100 + j * 10 + k;
                    sum += cube[i][j][k];
                }
            }
        }
        System.out.println("cube sum " + sum + " corner " + cube[1][2][3]);
        double[][][] partial = new double[2][][];
        partial[1] = new double[2][];
        partial[1][1] = new double[]{0.5, 1.5};
        System.out.println("partial " + (partial[0] == null) + " " + (partial[1][0] == null) + " " + partial[1][1][1]);
        Cell[][] cells = new Cell[2][3];
        System.out.println("cells default null: " + (cells[1][2] == null));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                cells[r][c] = new Cell(r, c);
            }
        }
        System.out.println("cell " + cells[1][2].show() + " " + cells[0][1].show());
        Object[][] mixed = {{"a", "b"}, {new Cell(9, 9)}, null};
        System.out.println("mixed " + mixed[0][1] + " " + ((Cell) mixed[1][0]).show() + " " + (mixed[2] == null));
        int[][] alias = new int[2][];
        alias[0] = grid[1];
        alias[1] = grid[1];
        alias[0][0] = -5;
        System.out.println("aliased " + alias[1][0] + " " + grid[1][0]);
        int[] swap = grid[0];
        grid[0] = grid[2];
        grid[2] = swap;
        System.out.println("swapped rows " + grid[0][0] + " " + grid[2][0]);
        char[][] board = new char[3][3];
        for (char[] row : board) {
            java.util.Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
        int[][] m = new int[0][5];
        System.out.println("zero rows " + m.length);
        String[][] names = new String[2][2];
        names[0][0] = "x";
        System.out.println(names[0][0] + names[0][1] + names[1][1]);
    }
}
