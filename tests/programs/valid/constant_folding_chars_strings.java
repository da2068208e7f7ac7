// Constant folding with chars and strings: char + char is an int, a char
// cast keeps it a char, and constant string concatenation formats each type
// the way String.valueOf does.
class ConstantFoldingCharsStrings {
    static final String GREETING = "Hello" + ", " + "world";
    static final String MIXED = "" + 'a' + 'b' + 1 + 2L + true + 1.5 + 2.5f;
    static final String LEADING = 'a' + 'b' + "c";
    static final char NEXT = (char) ('x' + 1);
    static final String DOUBLES = "" + 1.0 + " " + 1e10 + " " + 1e-5 + " " + 123.456 + " " + 1e21;
    static final String FLOATS = "" + 1.0f + " " + 1e10f + " " + 0.1f + " " + (1.0f / 3);
    static final boolean SAME = "ab" == "a" + "b";

    public static void main(String[] args) {
        System.out.println(GREETING);
        System.out.println(MIXED);
        System.out.println(LEADING);
        System.out.println(NEXT);
        System.out.println(DOUBLES);
        System.out.println(FLOATS);
        System.out.println(SAME);
        System.out.println('a' + 1);
        System.out.println((char) ('a' + 1));
        System.out.println("" + (char) 66 + (int) 'C');
        System.out.println('\u0041' + "\u0042" + '\101' + "\7".length());
        System.out.println(GREETING.length());
        final String local = "local";
        switch ("local") {
            case local:
                System.out.println("matched constant local");
                break;
            default:
                System.out.println("no");
        }
    }
}
