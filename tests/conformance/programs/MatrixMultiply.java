// Matrix multiplication of integer and floating-point matrices, checked
// against the transpose identity (AB)^T = B^T A^T and printed as sums.
public class MatrixMultiply {
    static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length;
        int m = b[0].length;
        int k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int x = 0; x < k; x++) {
                    s += a[i][x] * b[x][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static long[][] transpose(long[][] a) {
        long[][] t = new long[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < n; x++) {
                double aix = a[i][x];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aix * b[x][j];
                }
            }
        }
        return c;
    }

    public static void main(String[] args) {
        int n = 60;
        long[][] a = new long[n][n + 5];
        long[][] b = new long[n + 5][n];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] = (i * 7 + j * 3) % 11 - 5;
            }
        }
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b[i].length; j++) {
                b[i][j] = (i * 5 + j * 13) % 17 - 8;
            }
        }
        long[][] c = multiply(a, b);
        long[][] ct = multiply(transpose(b), transpose(a));
        boolean same = true;
        long sum = 0;
        long diag = 0;
        for (int i = 0; i < n; i++) {
            diag += c[i][i];
            for (int j = 0; j < n; j++) {
                sum += c[i][j] * (i + 1);
                if (c[i][j] != ct[j][i]) {
                    same = false;
                }
            }
        }
        System.out.println("int product " + n + "x" + n + ": weighted sum " + sum + ", trace " + diag + ", transpose identity " + same);
        System.out.println("corners " + c[0][0] + " " + c[0][n - 1] + " " + c[n - 1][0] + " " + c[n - 1][n - 1]);
        int m = 40;
        double[][] x = new double[m][m];
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
            for (int j = 0; j < m; j++) {
                x[i][j] = 1.0 / (i + j + 1);
            }
        }
        double[][] y = multiply(x, id);
        boolean identity = true;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (y[i][j] != x[i][j]) {
                    identity = false;
                }
            }
        }
        double[][] sq = multiply(x, x);
        double trace = 0;
        for (int i = 0; i < m; i++) {
            trace += sq[i][i];
        }
        System.out.println("hilbert times identity unchanged " + identity + ", trace of square " + trace);
        System.out.println("sq[0][0] " + sq[0][0] + " sq[39][39] " + sq[39][39]);
    }
}
