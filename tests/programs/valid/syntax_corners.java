// Syntax corners: the cast ambiguity ((int) -x vs (x) - 1), C-style array
// brackets on variables and method results, empty declarations and
// statements, a labelled empty statement, stacked unary operators, Unicode
// escapes with several u, underscores in octal literals, hex floats.
class SyntaxCorners {
    ;
    static int x = 3;
    static int f()[] {
        return new int[] {1, 2};
    }

    static int g(int a[]) {
        return 0;
    }

    public static void main(String[] args) {
        int y = (int) -x;
        int z = (x) - 1;
        int w = (x) + 1;
        Object o = "s";
        String s = (String) (Object) o;
        char c = (char) +1;
        int len = new int[] {1, 2, 3}.length;
        int[] a[] = {{1}};
        int b = f()[1];
        label:
        ;
        ;;
        int oct = 0_7 + 0__7;
        float big = 0x1.fffffeP+127f;
        boolean cmp = x < y == z > w;
        int shifts = x >> 1 >>> 2 << 3;
        int m = -~-~x;
        boolean bb = !!true;
        int pp = x++ + ++x - -x - - -x;
        String str = "a\u0062c" + '\u0064' + "\uuuu0065";
        long h = 0xFFFF_FFFFL;
        double dd = 1e+3 + 1E-3 + 1.e2 + .1e1;
        System.out.println(y + z + w + s + c + len + a.length + b + oct + big + cmp + shifts + m + bb + pp + str + h + dd);
    }
};
