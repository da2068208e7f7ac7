// final locals, parameters, blank finals assigned once on every path, final
// fields assigned in every constructor or an initialiser, final methods and
// classes.
final class FinalVariables {
    static final int STATIC_BLANK;
    final int instanceBlank;
    final String fromInitializer;

    static {
        int x = 6;
        STATIC_BLANK = x * 7;
    }

    {
        fromInitializer = "init";
    }

    FinalVariables(boolean flag) {
        if (flag) {
            instanceBlank = 1;
        } else {
            instanceBlank = 2;
        }
    }

    FinalVariables() {
        this(true);
    }

    final int twice(final int v) {
        final int result;
        result = v * 2;
        return result;
    }

    static int pick(int n) {
        final String label;
        switch (n) {
            case 0:
                label = "zero";
                break;
            case 1:
                label = "one";
                break;
            default:
                label = "many";
        }
        return label.length();
    }

    public static void main(String[] args) {
        FinalVariables f = new FinalVariables(false);
        System.out.println(STATIC_BLANK + " " + f.instanceBlank + " " + f.fromInitializer);
        System.out.println(new FinalVariables().instanceBlank + " " + f.twice(21));
        System.out.println(pick(0) + pick(1) + pick(5));
        final int[] array = {1};
        array[0] = 2;
        System.out.println(array[0]);
        for (final String s : new String[] {"a", "b"}) {
            System.out.print(s);
        }
        System.out.println();
    }
}
