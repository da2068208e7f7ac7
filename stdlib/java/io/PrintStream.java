package java.io;

/**
 * Prints values as text to a console: {@link System#out} and
 * {@link System#err} are the only instances. Chars are written as UTF-8;
 * a line ends with '\n'. Inside a transaction, output is held back until
 * the transaction commits, and dropped if it aborts. There is no printf.
 */
public class PrintStream {

    /** The console descriptor: 1 for output, 2 for error. */
    private final int descriptor;

    /** Only the runtime creates streams, through System. */
    private PrintStream(int descriptor) {
        this.descriptor = descriptor;
    }

    /** Writes the string's chars; the one primitive the runtime supplies. */
    private native void write(String s);

    /** Writes out anything the runtime holds for this stream. */
    public native void flush();

    /** Prints "true" or "false". */
    public void print(boolean b) {
        write(String.valueOf(b));
    }

    /** Prints the char. */
    public void print(char c) {
        write(String.valueOf(c));
    }

    /** Prints the decimal form. */
    public void print(int i) {
        write(String.valueOf(i));
    }

    /** Prints the decimal form. */
    public void print(long l) {
        write(String.valueOf(l));
    }

    /** Prints {@link Float#toString(float)}. */
    public void print(float f) {
        write(String.valueOf(f));
    }

    /** Prints {@link Double#toString(double)}. */
    public void print(double d) {
        write(String.valueOf(d));
    }

    /** Prints the chars; throws NullPointerException for null. */
    public void print(char[] s) {
        write(new String(s));
    }

    /** Prints the string, or "null". */
    public void print(String s) {
        write(s == null ? "null" : s);
    }

    /** Prints {@code String.valueOf(obj)}. */
    public void print(Object obj) {
        write(String.valueOf(obj));
    }

    /** Ends the line. */
    public void println() {
        write("\n");
    }

    /** Prints the boolean and ends the line. */
    public void println(boolean x) {
        print(x);
        println();
    }

    /** Prints the char and ends the line. */
    public void println(char x) {
        print(x);
        println();
    }

    /** Prints the int and ends the line. */
    public void println(int x) {
        print(x);
        println();
    }

    /** Prints the long and ends the line. */
    public void println(long x) {
        print(x);
        println();
    }

    /** Prints the float and ends the line. */
    public void println(float x) {
        print(x);
        println();
    }

    /** Prints the double and ends the line. */
    public void println(double x) {
        print(x);
        println();
    }

    /** Prints the chars and ends the line. */
    public void println(char[] x) {
        print(x);
        println();
    }

    /** Prints the string and ends the line. */
    public void println(String x) {
        print(x);
        println();
    }

    /** Prints the object and ends the line. */
    public void println(Object x) {
        print(x);
        println();
    }
}
