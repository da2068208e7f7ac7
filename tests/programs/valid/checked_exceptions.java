// Checked exceptions: declared with throws, propagated, caught by a
// supertype, thrown from a constructor, rethrown, and an overriding method
// that throws fewer exceptions.
class CheckedExceptions {
    static class ParseError extends Exception {
        final int position;

        ParseError(String message, int position) {
            super(message);
            this.position = position;
        }
    }

    static class EmptyInput extends ParseError {
        EmptyInput() {
            super("empty input", 0);
        }
    }

    static class Reader {
        final String text;

        Reader(String text) throws EmptyInput {
            if (text.isEmpty()) {
                throw new EmptyInput();
            }
            this.text = text;
        }

        int digit(int i) throws ParseError {
            char c = text.charAt(i);
            if (!Character.isDigit(c)) {
                throw new ParseError("not a digit: " + c, i);
            }
            return c - '0';
        }
    }

    static class LenientReader extends Reader {
        LenientReader(String text) throws EmptyInput {
            super(text);
        }

        int digit(int i) {
            char c = text.charAt(i);
            return Character.isDigit(c) ? c - '0' : 0;
        }
    }

    static int sum(Reader r) throws ParseError {
        int total = 0;
        for (int i = 0; i < r.text.length(); i++) {
            total += r.digit(i);
        }
        return total;
    }

    static int sumOrMinusOne(String s) {
        try {
            return sum(new Reader(s));
        } catch (EmptyInput e) {
            return 0;
        } catch (ParseError e) {
            System.out.println(e.getMessage() + " at " + e.position);
            return -1;
        }
    }

    static void rethrow() throws Exception {
        try {
            throw new ParseError("rethrown", 3);
        } catch (Exception e) {
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(sumOrMinusOne("123"));
        System.out.println(sumOrMinusOne("1x3"));
        System.out.println(sumOrMinusOne(""));
        LenientReader lenient = new LenientReader("4y4");
        System.out.println(lenient.digit(1) + " " + sum(lenient));
        try {
            rethrow();
        } catch (ParseError e) {
            System.out.println(e.getMessage());
        }
        Exception e = new Exception("plain");
        System.out.println(e.getMessage());
    }
}
