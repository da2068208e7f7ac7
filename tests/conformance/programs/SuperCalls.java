// super.m() calls the superclass's implementation non-virtually, through
// several levels; super.f reads a hidden field; super(...) passes
// arguments up the constructor chain.
public class SuperCalls {
    static class Level1 {
        int depth = 1;
        String name;

        Level1(String name) {
            this.name = name;
        }

        String who() {
            return "L1";
        }

        String chain() {
            return "L1.chain(who=" + who() + ")";
        }

        int compute(int x) {
            return x + 1;
        }
    }

    static class Level2 extends Level1 {
        int depth = 2;

        Level2(String name) {
            super(name + "/L2");
        }

        String who() {
            return "L2";
        }

        String chain() {
            return "L2.chain -> " + super.chain();
        }

        int compute(int x) {
            return super.compute(x) * 10;
        }
    }

    static class Level3 extends Level2 {
        int depth = 3;

        Level3() {
            super("L3");
        }

        String who() {
            return "L3";
        }

        String chain() {
            return "L3.chain -> " + super.chain();
        }

        int compute(int x) {
            return super.compute(x) + 100;
        }

        String depths() {
            return depth + " " + super.depth + " " + ((Level1) this).depth;
        }

        String superWho() {
            return super.who();
        }
    }

    static class Printer {
        public String toString() {
            return "Printer+" + super.equals(this);
        }
    }

    public static void main(String[] args) {
        Level3 l3 = new Level3();
        System.out.println(l3.chain());
        System.out.println("compute " + l3.compute(5));
        System.out.println("depths " + l3.depths());
        System.out.println("superWho " + l3.superWho());
        System.out.println("name " + l3.name);
        Level1 asL1 = l3;
        System.out.println("as L1: " + asL1.who() + " " + asL1.compute(1) + " depth " + asL1.depth);
        Level2 l2 = new Level2("x");
        System.out.println(l2.chain() + " " + l2.compute(0) + " " + l2.name);
        System.out.println(new Printer());
    }
}
