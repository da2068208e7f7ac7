// Blank final fields: every constructor that does not start with this(...)
// must assign each exactly once, after the initializers have run.
class FlowBlankFinalFields {
    final int width;
    final int height;
    final int area;

    {
        area = 0;
    }

    FlowBlankFinalFields() {
        width = 1;
        height = 1;
    }

    FlowBlankFinalFields(int side) {
        width = side;
    } // error: variable height might not have been initialized

    FlowBlankFinalFields(int w, int h) {
        this.width = w;
        this.height = h;
        this.width = w + 1; // error: variable width might already have been assigned
    }

    FlowBlankFinalFields(String s) {
        this();
        height = 2; // error: variable height might already have been assigned
    }

    FlowBlankFinalFields(long l) {
        width = 1;
        height = 1;
        area = 1; // error: variable area might already have been assigned
    }

    FlowBlankFinalFields(boolean early) {
        if (early) {
            return; // error: variable width might not have been initialized
        }
        width = 2;
        height = 2;
    }

    public static void main(String[] args) {
        System.out.println(new FlowBlankFinalFields().area);
    }
}
