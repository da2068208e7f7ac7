package plurix;

/**
 * How the shell shows a value ({@code $1 ==> 42}): as jshell does, strings in
 * double quotes with escapes, chars in single quotes, arrays with their
 * length and elements, everything else through {@code String.valueOf}.
 */
public final class ShellValue {

    private ShellValue() {
    }

    public static String show(boolean value) {
        return String.valueOf(value);
    }

    public static String show(char value) {
        return quote(String.valueOf(value), '\'');
    }

    public static String show(int value) {
        return String.valueOf(value);
    }

    public static String show(long value) {
        return String.valueOf(value);
    }

    public static String show(float value) {
        return String.valueOf(value);
    }

    public static String show(double value) {
        return String.valueOf(value);
    }

    /** Shows a reference: null, a quoted string, a char, an array's elements, or toString(). */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return quote((String) value, '"');
        }
        if (value instanceof Character) {
            return quote(value.toString(), '\'');
        }
        if (value instanceof Object[]) {
            Object[] array = (Object[]) value;
            StringBuilder text = new StringBuilder();
            String name = array.getClass().getName();
            text.append(elementName(name.substring(1))).append('[').append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(show(array[i]));
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        if (value instanceof int[]) {
            int[] array = (int[]) value;
            StringBuilder text = new StringBuilder("int[").append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(array[i]);
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        if (value instanceof long[]) {
            long[] array = (long[]) value;
            StringBuilder text = new StringBuilder("long[").append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(array[i]);
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        if (value instanceof double[]) {
            double[] array = (double[]) value;
            StringBuilder text = new StringBuilder("double[").append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(array[i]);
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        if (value instanceof char[]) {
            char[] array = (char[]) value;
            StringBuilder text = new StringBuilder("char[").append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(show(array[i]));
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        if (value instanceof boolean[]) {
            boolean[] array = (boolean[]) value;
            StringBuilder text = new StringBuilder("boolean[").append(array.length).append("] {");
            for (int i = 0; i < array.length; i++) {
                text.append(i == 0 ? " " : ", ").append(array[i]);
            }
            return text.append(array.length == 0 ? "}" : " }").toString();
        }
        return String.valueOf(value);
    }

    // "Ljava.lang.String;" -> "String", "[I" -> "int[]"
    private static String elementName(String descriptor) {
        if (descriptor.startsWith("[")) {
            return elementName(descriptor.substring(1)) + "[]";
        }
        if (descriptor.startsWith("L")) {
            String name = descriptor.substring(1, descriptor.length() - 1);
            return name.substring(name.lastIndexOf('.') + 1);
        }
        switch (descriptor.charAt(0)) {
            case 'I': return "int";
            case 'J': return "long";
            case 'D': return "double";
            case 'F': return "float";
            case 'C': return "char";
            case 'Z': return "boolean";
            case 'B': return "byte";
            default: return "short";
        }
    }

    private static String quote(String text, char quote) {
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\\' || c == quote) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
