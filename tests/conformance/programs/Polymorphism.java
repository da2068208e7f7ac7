// Dynamic dispatch at scale: an expression tree of abstract nodes evaluated,
// printed and simplified through virtual calls, and a visitor-style
// interface dispatch over an array of mixed objects.
public class Polymorphism {
    abstract static class Expr {
        abstract double eval(double x);

        abstract String show();

        Expr simplify() {
            return this;
        }
    }

    static class Num extends Expr {
        final double v;

        Num(double v) {
            this.v = v;
        }

        double eval(double x) {
            return v;
        }

        String show() {
            return String.valueOf(v);
        }
    }

    static class Var extends Expr {
        double eval(double x) {
            return x;
        }

        String show() {
            return "x";
        }
    }

    abstract static class Binary extends Expr {
        final Expr l;
        final Expr r;

        Binary(Expr l, Expr r) {
            this.l = l;
            this.r = r;
        }

        String show() {
            return "(" + l.show() + " " + op() + " " + r.show() + ")";
        }

        abstract String op();
    }

    static class Add extends Binary {
        Add(Expr l, Expr r) {
            super(l, r);
        }

        double eval(double x) {
            return l.eval(x) + r.eval(x);
        }

        String op() {
            return "+";
        }

        Expr simplify() {
            Expr a = l.simplify();
            Expr b = r.simplify();
            if (a instanceof Num && ((Num) a).v == 0) {
                return b;
            }
            if (b instanceof Num && ((Num) b).v == 0) {
                return a;
            }
            return new Add(a, b);
        }
    }

    static class Mul extends Binary {
        Mul(Expr l, Expr r) {
            super(l, r);
        }

        double eval(double x) {
            return l.eval(x) * r.eval(x);
        }

        String op() {
            return "*";
        }

        Expr simplify() {
            Expr a = l.simplify();
            Expr b = r.simplify();
            if (a instanceof Num && ((Num) a).v == 1) {
                return b;
            }
            if (b instanceof Num && ((Num) b).v == 1) {
                return a;
            }
            return new Mul(a, b);
        }
    }

    interface Sound {
        String make();
    }

    static class Bell implements Sound {
        public String make() {
            return "ding";
        }
    }

    static class Drum implements Sound {
        int hits;

        public String make() {
            hits++;
            return "boom" + hits;
        }
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(1), new Add(new Var(), new Num(0))), new Mul(new Num(3), new Mul(new Var(), new Var())));
        System.out.println(e.show());
        Expr s = e.simplify();
        System.out.println(s.show());
        for (int x = -2; x <= 2; x++) {
            System.out.println("f(" + x + ") = " + e.eval(x) + " = " + s.eval(x));
        }
        Expr big = new Num(0);
        for (int i = 1; i <= 200; i++) {
            big = i % 2 == 0 ? new Add(big, new Mul(new Num(i), new Var())) : new Add(new Num(1.0 / i), big);
        }
        System.out.println("big at 0.5: " + big.eval(0.5) + ", simplified " + big.simplify().eval(0.5));
        Sound[] band = {new Bell(), new Drum(), new Bell(), new Drum()};
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (Sound snd : band) {
                sb.append(snd.make()).append(' ');
            }
        }
        System.out.println(sb);
    }
}
