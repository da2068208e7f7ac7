// The spectral-norm benchmark of the Computer Language Benchmarks Game: the
// spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
// cut to n x n, by ten rounds of the power method on A^T A. Usage:
// SpectralNorm [n [repetitions]]. Prints (long) (norm * 1e9) so that the C++
// version can print the same digits; every sum runs in index order.
public class SpectralNorm extends LangBench {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    // out = A v
    static void multiplyAv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    // out = A^T v
    static void multiplyAtv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    // out = A^T A v, through the scratch vector `between`.
    static void multiplyAtAv(double[] v, double[] out, double[] between) {
        multiplyAv(v, between);
        multiplyAtv(between, out);
    }

    protected String runOnce(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        double[] between = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1.0;
        }
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v, between);
            multiplyAtAv(v, u, between);
        }
        double vBv = 0.0;
        double vv = 0.0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        long norm = (long) (Math.sqrt(vBv / vv) * 1e9);
        return "spectral norm: " + norm + "\n";
    }

    public static void main(String[] args) {
        // (i + j) * (i + j + 1) stays within int for n up to 23170.
        run(new SpectralNorm(), "SpectralNorm", args, 100, 1, 23000);
    }
}
