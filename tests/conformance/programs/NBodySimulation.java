// A planar gravitational simulation of a star and four made-up planets in
// double precision, integrated with velocity Verlet. Every multiply and add
// is rounded on its own (Java has no fused multiply-add), so the energies
// and positions printed in full after thousands of steps pin down the exact
// arithmetic.
public class NBodySimulation {
    static final int N = 5;
    static final double G = 1.0;

    static double[] px = {0.0, 1.0, -2.1, 0.0, 3.7};
    static double[] py = {0.0, 0.0, 0.3, -4.2, 2.2};
    static double[] vx = {0.0, 0.0, -0.08, 0.47, -0.25};
    static double[] vy = {0.0, 0.98, -0.66, 0.05, 0.41};
    static double[] mass = {1.0, 1e-3, 3e-4, 5e-5, 2e-4};
    static double[] ax = new double[N];
    static double[] ay = new double[N];

    static void accelerations() {
        for (int i = 0; i < N; i++) {
            ax[i] = 0;
            ay[i] = 0;
        }
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                double dx = px[j] - px[i];
                double dy = py[j] - py[i];
                double r2 = dx * dx + dy * dy;
                double inv = G / (r2 * Math.sqrt(r2));
                ax[i] += dx * mass[j] * inv;
                ay[i] += dy * mass[j] * inv;
                ax[j] -= dx * mass[i] * inv;
                ay[j] -= dy * mass[i] * inv;
            }
        }
    }

    static void step(double dt) {
        for (int i = 0; i < N; i++) {
            vx[i] += 0.5 * dt * ax[i];
            vy[i] += 0.5 * dt * ay[i];
            px[i] += dt * vx[i];
            py[i] += dt * vy[i];
        }
        accelerations();
        for (int i = 0; i < N; i++) {
            vx[i] += 0.5 * dt * ax[i];
            vy[i] += 0.5 * dt * ay[i];
        }
    }

    static double energy() {
        double kinetic = 0;
        double potential = 0;
        for (int i = 0; i < N; i++) {
            kinetic += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i]);
            for (int j = i + 1; j < N; j++) {
                double dx = px[j] - px[i];
                double dy = py[j] - py[i];
                potential -= G * mass[i] * mass[j] / Math.sqrt(dx * dx + dy * dy);
            }
        }
        return kinetic + potential;
    }

    public static void main(String[] args) {
        double momentumX = 0;
        double momentumY = 0;
        for (int i = 1; i < N; i++) {
            momentumX += mass[i] * vx[i];
            momentumY += mass[i] * vy[i];
        }
        vx[0] = -momentumX / mass[0];
        vy[0] = -momentumY / mass[0];
        accelerations();
        System.out.println("energy at start " + energy());
        for (int round = 1; round <= 5; round++) {
            for (int k = 0; k < 8000; k++) {
                step(0.005);
            }
            System.out.println("after " + round * 8000 + " steps: energy " + energy());
        }
        for (int i = 0; i < N; i++) {
            System.out.println("body " + i + " at " + px[i] + ", " + py[i]);
        }
    }
}
