// The scene of the Plurix ray-tracer benchmark: 99 spheres standing on a
// floor in a 9 x 11 grid, 8 triangles (floor, back wall and a four-sided
// pyramid floating above the spheres) and three point lights.
public class Scene {
    static final int MAX_DEPTH = 2;  // reflections of reflections, no deeper
    static final double AMBIENT = 0.1;

    final Shape[] shapes;
    final Light[] lights;

    Scene() {
        shapes = new Shape[99 + 8];
        int n = 0;
        for (int row = 0; row < 9; row++) {
            for (int col = 0; col < 11; col++) {
                int k = row * 11 + col;
                Vec color = new Vec(0.2 + 0.8 * ((k * 7) % 11) / 10.0, 0.2 + 0.8 * ((k * 5) % 9) / 8.0,
                        0.2 + 0.8 * ((k * 3) % 7) / 6.0);
                double radius = 0.3 + 0.1 * ((row + col) % 3);
                Material m = new Material(color, 0.7, 0.5, (k % 4 == 0) ? 0.5 : 0.15);
                shapes[n++] = new Sphere(new Vec(-5.0 + col, radius, 1.0 + row), radius, m);
            }
        }
        Material floor = new Material(new Vec(0.8, 0.8, 0.8), 0.8, 0.1, 0.3);
        n = addQuad(n, new Vec(-9.0, 0.0, -4.0), new Vec(-9.0, 0.0, 14.0), new Vec(9.0, 0.0, 14.0),
                new Vec(9.0, 0.0, -4.0), floor);
        Material wall = new Material(new Vec(0.5, 0.6, 0.9), 0.9, 0.0, 0.0);
        n = addQuad(n, new Vec(-9.0, 0.0, 14.0), new Vec(9.0, 0.0, 14.0), new Vec(9.0, 9.0, 14.0),
                new Vec(-9.0, 9.0, 14.0), wall);
        Material gold = new Material(new Vec(1.0, 0.8, 0.3), 0.6, 0.8, 0.4);
        Vec apex = new Vec(0.0, 3.2, 5.0);
        Vec[] rim = {new Vec(-1.5, 4.8, 3.5), new Vec(1.5, 4.8, 3.5), new Vec(1.5, 4.8, 6.5), new Vec(-1.5, 4.8, 6.5)};
        for (int i = 0; i < rim.length; i++) {
            shapes[n++] = new Triangle(apex, rim[i], rim[(i + 1) % rim.length], gold);
        }

        lights = new Light[3];
        lights[0] = new Light(new Vec(-6.0, 8.0, -3.0), new Vec(0.7, 0.7, 0.7));
        lights[1] = new Light(new Vec(6.0, 6.0, -2.0), new Vec(0.5, 0.4, 0.3));
        lights[2] = new Light(new Vec(0.0, 7.0, 8.0), new Vec(0.3, 0.3, 0.5));
    }

    // Stores the quadrilateral abcd as the triangles abc and acd at shapes[n]
    // and shapes[n + 1]; returns the next free index.
    private int addQuad(int n, Vec a, Vec b, Vec c, Vec d, Material material) {
        shapes[n] = new Triangle(a, b, c, material);
        shapes[n + 1] = new Triangle(a, c, d, material);
        return n + 2;
    }

    // Index of the nearest shape hit by the ray, or -1; its distance in hitT[0].
    int nearest(Vec origin, Vec dir, double[] hitT) {
        int best = -1;
        double bestT = Double.MAX_VALUE;
        for (int i = 0; i < shapes.length; i++) {
            double t = shapes[i].intersect(origin, dir);
            if (t > 0.0 && t < bestT) {
                bestT = t;
                best = i;
            }
        }
        hitT[0] = bestT;
        return best;
    }

    boolean shadowed(Vec point, Vec toLight, double distance) {
        for (int i = 0; i < shapes.length; i++) {
            double t = shapes[i].intersect(point, toLight);
            if (t > 0.0 && t < distance) {
                return true;
            }
        }
        return false;
    }

    Vec background(Vec dir) {
        double s = 0.5 * (dir.y + 1.0);
        return new Vec(0.1 + 0.2 * s, 0.1 + 0.3 * s, 0.2 + 0.5 * s);
    }

    // The colour seen along the unit direction `dir` from `origin`.
    Vec trace(Vec origin, Vec dir, int depth) {
        double[] hitT = new double[1];
        int index = nearest(origin, dir, hitT);
        if (index < 0) {
            return background(dir);
        }
        Shape shape = shapes[index];
        Material m = shape.material;
        Vec point = origin.add(dir.scale(hitT[0]));
        Vec normal = shape.normalAt(point);
        if (normal.dot(dir) > 0.0) {
            normal = normal.scale(-1.0);  // the side facing the viewer
        }
        Vec color = m.color.scale(AMBIENT);
        for (int i = 0; i < lights.length; i++) {
            Light light = lights[i];
            Vec toLight = light.position.sub(point);
            double distance = toLight.length();
            toLight = toLight.scale(1.0 / distance);
            double lambert = normal.dot(toLight);
            if (lambert <= 0.0 || shadowed(point, toLight, distance)) {
                continue;
            }
            color = color.add(m.color.mul(light.color).scale(m.diffuse * lambert));
            Vec mirrored = toLight.sub(normal.scale(2.0 * lambert));
            double highlight = mirrored.dot(dir);
            if (highlight > 0.0 && m.specular > 0.0) {
                color = color.add(light.color.scale(m.specular * power16(highlight)));
            }
        }
        if (depth < MAX_DEPTH && m.reflectivity > 0.0) {
            Vec reflected = dir.sub(normal.scale(2.0 * normal.dot(dir)));
            color = color.add(trace(point, reflected, depth + 1).scale(m.reflectivity));
        }
        return color;
    }

    // x^16 by squaring: exact and the same on every implementation, unlike Math.pow.
    static double power16(double x) {
        double x2 = x * x;
        double x4 = x2 * x2;
        double x8 = x4 * x4;
        return x8 * x8;
    }
}
