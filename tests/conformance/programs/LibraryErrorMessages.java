// The standard library throws Java's exceptions with Java's messages:
// String and StringBuilder index errors, parse errors for null and bad
// radixes, Random.nextInt with a non-positive bound, and Arrays copies with
// bad lengths or ranges.
import java.util.Arrays;
import java.util.Random;

public class LibraryErrorMessages {
    static int reported;

    static void report(RuntimeException e) {
        reported++;
        System.out.println(reported + ": " + e);
    }

    public static void main(String[] args) {
        String s = "abc";
        try {
            s.charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            s.charAt(-1);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            s.substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            s.substring(4);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            s.substring(-1, 2);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            System.out.println(new String(new char[2], 1, 5));
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        StringBuilder sb = new StringBuilder("xy");
        try {
            sb.charAt(5);
        } catch (IndexOutOfBoundsException e) {
            report(e);
        }
        try {
            sb.deleteCharAt(2);
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            sb.setCharAt(-1, 'a');
        } catch (IndexOutOfBoundsException e) {
            report(e);
        }
        try {
            sb.insert(3, "a");
        } catch (StringIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            sb.setLength(-1);
        } catch (IndexOutOfBoundsException e) {
            report(e);
        }
        System.out.println("builder unchanged: " + sb);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            report(e);
        }
        try {
            Integer.parseInt("1", 40);
        } catch (NumberFormatException e) {
            report(e);
        }
        try {
            Long.parseLong("");
        } catch (NumberFormatException e) {
            report(e);
        }
        try {
            Integer.parseInt("99", 8);
        } catch (NumberFormatException e) {
            report(e);
        }
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            report(e);
        }
        try {
            Arrays.copyOf(new int[1], -1);
        } catch (NegativeArraySizeException e) {
            report(e);
        }
        try {
            Arrays.copyOfRange(new int[1], 2, 1);
        } catch (IllegalArgumentException e) {
            report(e);
        }
        System.out.println("reported " + reported);
    }
}
