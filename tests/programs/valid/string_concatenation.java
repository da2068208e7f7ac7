// String + with every operand type, null, objects with toString, left-to-
// right evaluation ("1" + 2 + 3 vs 1 + 2 + "3").
class StringConcatenation {
    static class Point {
        int x;
        int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    public static void main(String[] args) {
        String s = null;
        Object o = new Point(1, 2);
        System.out.println("s=" + s);
        System.out.println("p=" + o);
        System.out.println(1 + 2 + "3");
        System.out.println("1" + 2 + 3);
        System.out.println("1" + (2 + 3));
        System.out.println('a' + 'b' + "c" + 'a' + 'b');
        System.out.println("" + true + false);
        System.out.println("" + 1L + 1.0 + 1.0f + (byte) 1 + (short) 1);
        System.out.println("" + Integer.MIN_VALUE + Long.MIN_VALUE);
        char[] letters = {'x', 'y'};
        System.out.println(letters);
        System.out.println(String.valueOf(letters) + "!");
        String t = "a";
        t = t + t;
        t += t + 1;
        System.out.println(t);
        System.out.println(o.toString() + new Point(3, 4));
    }
}
