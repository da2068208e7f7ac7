// System.out's print and println for every parameter type, println() with
// no argument, char arrays printed as text, null Strings and Objects, and
// output mixed from print and println on one line. Only ASCII is printed:
// how java encodes other characters depends on the locale.
public class PrintStreamMethods {
    static class Thing {
        public String toString() {
            return "a thing";
        }
    }

    public static void main(String[] args) {
        System.out.print(true);
        System.out.print(' ');
        System.out.print('c');
        System.out.print(' ');
        System.out.print(42);
        System.out.print(' ');
        System.out.print(-42L);
        System.out.print(' ');
        System.out.print(1.5f);
        System.out.print(' ');
        System.out.print(2.25);
        System.out.print(' ');
        System.out.print(new char[]{'a', 'b'});
        System.out.print(' ');
        System.out.print("str");
        System.out.print(' ');
        System.out.print(new Thing());
        System.out.println();
        System.out.println(false);
        System.out.println('z');
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE);
        System.out.println(Float.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        System.out.println(new char[]{'h', 'e', 'y'});
        System.out.println("string");
        System.out.println(new Thing());
        String nothing = null;
        Object none = null;
        System.out.println(nothing);
        System.out.println(none);
        System.out.print(nothing);
        System.out.print(none);
        System.out.println();
        System.out.println();
        System.out.println("");
        System.out.println("embedded\nnewline and\ttab");
        byte b = -7;
        short s = 1234;
        System.out.println(b);
        System.out.println(s);
        System.out.println((Object) "as object");
        System.out.println(new StringBuilder("builder"));
        String accented = "\u00e9\u00fc";
        System.out.println("non-ASCII text has " + accented.length() + " chars: " + (int) accented.charAt(0) + " " + (int) accented.charAt(1));
        for (int i = 0; i < 3; i++) {
            System.out.print(i);
            System.out.print(i < 2 ? "," : "\n");
        }
        System.out.flush();
        System.err.println("standard error is not compared");
        System.out.println("end");
    }
}
