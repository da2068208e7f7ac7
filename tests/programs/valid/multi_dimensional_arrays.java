// Multi-dimensional arrays: rectangular and ragged creation, partially
// specified dimensions, nested initialisers, C-style brackets.
class MultiDimensionalArrays {
    static int[][] identity(int n) {
        int[][] m = new int[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    public static void main(String[] args) {
        int[][] id = identity(3);
        System.out.println(id.length + " " + id[0].length + " " + id[1][1] + id[1][2]);
        int[][] ragged = new int[3][];
        for (int i = 0; i < ragged.length; i++) {
            ragged[i] = new int[i + 1];
            ragged[i][i] = i * i;
        }
        System.out.println(ragged[2].length + " " + ragged[2][2]);
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println(names[0][1] + names[1][0] + names[2].length);
        double[][][] cube = new double[2][3][4];
        cube[1][2][3] = 1.5;
        System.out.println(cube[1].length + " " + cube[1][2].length + " " + cube[1][2][3]);
        int matrix[][] = {{1, 2}, {3, 4}};
        int[] row[] = matrix;
        System.out.println(row[1][0]);
        int[][] product = new int[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++)
                    product[i][j] += matrix[i][k] * matrix[k][j];
        System.out.println(product[0][0] + " " + product[0][1] + " " + product[1][0] + " " + product[1][1]);
        int[][] shallow = matrix.clone();
        shallow[0][0] = 42;
        System.out.println(matrix[0][0]);
        Object[] asObjects = matrix;
        System.out.println(asObjects.length);
        char[][] board = new char[2][3];
        board[1][2] = 'x';
        System.out.println((int) board[0][0] + " " + board[1][2]);
    }
}
