package java.lang;

/**
 * One frame of a stack trace: the class and method that were running and
 * the source file and line, as {@link Throwable#getStackTrace()} returns
 * them.
 */
public final class StackTraceElement {

    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    /**
     * Constructs a frame; {@code fileName} may be null and
     * {@code lineNumber} negative when they are unknown.
     */
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null || methodName == null) {
            throw new NullPointerException();
        }
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** Reads the form toString() writes: "Class.method(File.java:12)". */
    static StackTraceElement parse(String text) {
        int open = text.lastIndexOf('(');
        String qualified = text.substring(0, open);
        int dot = qualified.lastIndexOf('.');
        String where = text.substring(open + 1, text.length() - 1);
        String file = null;
        int line = -1;
        if (!where.equals("Unknown Source")) {
            int colon = where.lastIndexOf(':');
            if (colon < 0) {
                file = where;
            } else {
                file = where.substring(0, colon);
                line = Integer.parseInt(where.substring(colon + 1));
            }
        }
        return new StackTraceElement(qualified.substring(0, dot), qualified.substring(dot + 1), file, line);
    }

    /** Returns the binary name of the class of the frame's method. */
    public String getClassName() {
        return declaringClass;
    }

    /** Returns the method's name ("&lt;init&gt;" for a constructor). */
    public String getMethodName() {
        return methodName;
    }

    /** Returns the source file's name, or null if unknown. */
    public String getFileName() {
        return fileName;
    }

    /** Returns the source line, or a negative number if unknown. */
    public int getLineNumber() {
        return lineNumber;
    }

    /** Returns "Class.method(File.java:12)", as stack traces print frames. */
    public String toString() {
        String where;
        if (fileName == null) {
            where = "Unknown Source";
        } else if (lineNumber >= 0) {
            where = fileName + ":" + lineNumber;
        } else {
            where = fileName;
        }
        return declaringClass + "." + methodName + "(" + where + ")";
    }

    /** Frames are equal when class, method, file and line are. */
    public boolean equals(Object obj) {
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement other = (StackTraceElement) obj;
        return declaringClass.equals(other.declaringClass) && methodName.equals(other.methodName)
            && lineNumber == other.lineNumber
            && (fileName == null ? other.fileName == null : fileName.equals(other.fileName));
    }

    /** A hash over class, method and line. */
    public int hashCode() {
        return 31 * (31 * declaringClass.hashCode() + methodName.hashCode()) + lineNumber;
    }
}
