// Objects that never leave their method (the optimiser keeps them on the stack) must behave
// exactly like heap objects: fresh and zeroed at every `new`, distinct from one another, and
// still correct when one is kept past its iteration or compared with another.
public class LocalObjects {
    static final class Box {
        int value;
        double weight;
        boolean flag;

        Box() {
        }

        Box(int value) {
            this.value = value;
        }

        Box plus(Box other) {
            return new Box(value + other.value);
        }
    }

    static final class Vec {
        final double x;
        final double y;

        Vec(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Vec add(Vec o) {
            return new Vec(x + o.x, y + o.y);
        }

        Vec scale(double s) {
            return new Vec(x * s, y * s);
        }

        double dot(Vec o) {
            return x * o.x + y * o.y;
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            Box b = new Box();
            b.value += i;  // starts from zero every time
            if (b.flag || b.weight != 0.0) System.out.println("not zeroed");
            b.flag = true;
            b.weight = i;
            sum += b.value;
        }
        System.out.println("sum " + sum);

        Box kept = null;
        for (int i = 0; i < 5; i++) {
            Box b = new Box(i * 10);
            if (i == 2) kept = b;
        }
        System.out.println("kept " + kept.value);

        Box a = new Box(1);
        Box c = new Box(1);
        System.out.println("same " + (a == c) + " " + (a == a) + " equal values " + (a.value == c.value));

        double total = 0;
        for (int i = 0; i < 1000000; i++) {
            Vec v = new Vec(i, 1).add(new Vec(1, i)).scale(0.5);
            total += v.dot(new Vec(1, 1));
        }
        System.out.println("total " + total);

        Box chain = new Box(0);
        for (int i = 1; i <= 10; i++) chain = chain.plus(new Box(i));
        System.out.println("chain " + chain.value);

        // Carried into the next iteration and read after the next `new` ran: the two objects
        // are alive at once, so they must not share one place.
        Box previous = null;
        int shared = 0;
        for (int i = 0; i < 6; i++) {
            Box b = new Box();
            if (b == previous) shared++;
            b.value = previous == null ? 1 : previous.value * 2;
            previous = b;
        }
        System.out.println("doubled " + previous.value + ", shared " + shared);

        // An object or null, merged after a branch: still one object.
        int found = 0;
        for (int i = 0; i < 10; i++) {
            Box maybe = (i % 3 == 0) ? new Box(i) : null;
            if (maybe != null) found += maybe.value;
            Box other = i > 4 ? maybe : null;
            if (other != null) found += 100 * other.value;
        }
        System.out.println("found " + found);

        // A method's result, null when it would have thrown.
        double lengths = 0;
        for (int i = 1; i <= 4; i++) lengths += unitOrNull(i).dot(new Vec(1, 0));
        System.out.println("lengths " + lengths);
    }

    static Vec unitOrNull(int i) {
        Vec v = new Vec(i, 0);
        if (i > 100) return null;
        return v.scale(1.0 / i);
    }
}
