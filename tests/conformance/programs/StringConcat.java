// String conversion in +: every primitive type, null references, char
// arithmetic before and after the first String operand, constants folded
// at compile time, += on a String variable and objects with toString.
public class StringConcat {
    static class Item {
        final String label;

        Item(String label) {
            this.label = label;
        }

        public String toString() {
            return "Item<" + label + ">";
        }
    }

    static final String GREETING = "hello" + ' ' + "world " + 1 + 2;

    public static void main(String[] args) {
        int i = 42;
        long l = -9000000000L;
        double d = 2.5;
        float f = 1.25f;
        char c = 'z';
        boolean b = true;
        byte by = -8;
        short sh = 300;
        String nothing = null;
        Object nobody = null;
        Item item = new Item("x");
        System.out.println("int " + i + " long " + l + " double " + d + " float " + f);
        System.out.println("char " + c + " boolean " + b + " byte " + by + " short " + sh);
        System.out.println("null String " + nothing + " null Object " + nobody);
        System.out.println("object " + item);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 1 + "b" + 'c' + 1);
        System.out.println("" + 'a' + 'b' + ('a' + 'b'));
        System.out.println(c + c + "" + c + c);
        System.out.println(GREETING);
        System.out.println("double values " + 0.1 + " " + 100.0 + " " + 1e-5 + " " + (1.0 / 3) + " " + -0.0);
        System.out.println("float values " + 0.1f + " " + 1e10f + " " + (2f / 3));
        System.out.println("extremes " + Long.MIN_VALUE + " " + Integer.MIN_VALUE + " " + Double.NaN);
        String s = "start";
        s += i;
        s += ',';
        s += d;
        s += nothing;
        s += b;
        s += item;
        s += l;
        System.out.println(s);
        String t = null;
        t += "!";
        System.out.println(t);
        String u = nothing + nothing;
        System.out.println(u + " " + u.length());
        char[] chars = {'h', 'i'};
        System.out.println("chars via valueOf " + String.valueOf(chars));
        String built = "";
        for (int k = 0; k < 10; k++) {
            built += k % 3 == 0 ? "[" + k + "]" : "" + k;
        }
        System.out.println(built);
        System.out.println("ternary " + (b ? 'y' : 'n') + (b ? 1 : 0) + (i > 40 ? "big" : null));
        System.out.println("precedence " + i + 1 + " vs " + (i + 1) + " and " + i * 2 + " " + (i - 2));
        final String left = "con";
        final String right = "stant";
        String joined = left + right;
        System.out.println("constant strings identical: " + (joined == "constant"));
        System.out.println("equal: " + joined.equals("constant") + ", length " + joined.length());
        String longer = "";
        for (int k = 0; k < 200; k++) {
            longer += (char) ('a' + k % 26);
        }
        System.out.println(longer.length() + " " + longer.substring(190));
    }
}
