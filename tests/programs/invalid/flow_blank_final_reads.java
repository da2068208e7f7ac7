// Reading a blank final by its simple name (or this.name) before it is
// assigned, in an initializer or constructor; methods may read it freely.
class FlowBlankFinalReads {
    final int base;
    final int size;
    final int derived = this.base + 1; // error: variable base might not have been initialized

    FlowBlankFinalReads() {
        System.out.println(size); // error: variable size might not have been initialized
        base = 5;
        size = 3;
    }

    int total() {
        return base + size + derived;
    }

    public static void main(String[] args) {
        System.out.println(new FlowBlankFinalReads().total());
    }
}

class FlowStaticFinals {
    static final int LIMIT;
    static final int TWICE;

    static {
        LIMIT = 10;
    }

    static {
        TWICE = LIMIT * 2;
    }

    static int limit() {
        return LIMIT + TWICE;
    }
}
