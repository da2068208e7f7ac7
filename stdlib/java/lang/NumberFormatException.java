package java.lang;

/**
 * Thrown when a string does not have the format of the number it should parse.
 */
public class NumberFormatException extends IllegalArgumentException {

    /** Constructs an instance with no detail message. */
    public NumberFormatException() {
    }

    /** Constructs an instance with the given detail message. */
    public NumberFormatException(String message) {
        super(message);
    }

    /** The exception parseInt and parseLong throw for a malformed string. */
    static NumberFormatException forInputString(String s, int radix) {
        String suffix = radix == 10 ? "" : " under radix " + radix;
        return new NumberFormatException("For input string: \"" + s + "\"" + suffix);
    }

    /** The exception for a radix outside 2 to 36, or a null string. */
    static NumberFormatException forBadArguments(String s, int radix) {
        if (s == null) {
            return new NumberFormatException("Cannot parse null string");
        }
        String bound = radix < Character.MIN_RADIX ? " less than Character.MIN_RADIX"
                                                   : " greater than Character.MAX_RADIX";
        return new NumberFormatException("radix " + radix + bound);
    }
}
