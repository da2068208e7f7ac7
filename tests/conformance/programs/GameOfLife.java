// Conway's Game of Life on a 40x40 torus, seeded from java.util.Random:
// prints the first generations as text and the population afterwards.
import java.util.Random;

public class GameOfLife {
    static final int N = 40;

    static boolean[][] step(boolean[][] g) {
        boolean[][] next = new boolean[N][N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr != 0 || dc != 0) && g[(r + dr + N) % N][(c + dc + N) % N]) {
                            n++;
                        }
                    }
                }
                next[r][c] = n == 3 || n == 2 && g[r][c];
            }
        }
        return next;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) {
            for (boolean cell : row) {
                if (cell) {
                    p++;
                }
            }
        }
        return p;
    }

    static void print(boolean[][] g, int rows) {
        for (int r = 0; r < rows; r++) {
            char[] line = new char[N];
            for (int c = 0; c < N; c++) {
                line[c] = g[r][c] ? '#' : '.';
            }
            System.out.println(line);
        }
    }

    public static void main(String[] args) {
        Random random = new Random(1970);
        boolean[][] g = new boolean[N][N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                g[r][c] = random.nextInt(100) < 35;
            }
        }
        System.out.println("generation 0, population " + population(g));
        print(g, 8);
        for (int gen = 1; gen <= 200; gen++) {
            g = step(g);
            if (gen % 25 == 0) {
                System.out.println("generation " + gen + ", population " + population(g));
            }
        }
        print(g, 8);
        boolean[][] glider = new boolean[N][N];
        glider[0][1] = true;
        glider[1][2] = true;
        glider[2][0] = true;
        glider[2][1] = true;
        glider[2][2] = true;
        for (int i = 0; i < 4 * N; i++) {
            glider = step(glider);
        }
        System.out.println("glider after " + 4 * N + " steps is back: " + glider[0][1] + glider[1][2] + glider[2][0]
            + glider[2][1] + glider[2][2] + ", population " + population(glider));
    }
}
