// What a catch or finally block may assume about the try block.
class FlowAssignmentInTry {
    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static void catchMayMissAssignment(String s) {
        int x;
        try {
            x = parse(s);
        } catch (NumberFormatException e) {
            System.out.println("bad");
        }
        System.out.println(x); // error: variable x might not have been initialized
    }

    static void readInFinally(String s) {
        int x;
        try {
            x = parse(s);
        } finally {
            System.out.println(x); // error: variable x might not have been initialized
        }
    }

    static void finallyAssigns() {
        int x;
        try {
            System.out.println("try");
        } finally {
            x = 1;
        }
        System.out.println(x);
    }

    static void catchReturns(String s) {
        int x;
        try {
            x = parse(s);
        } catch (NumberFormatException e) {
            return;
        }
        System.out.println(x);
    }

    public static void main(String[] args) {
        finallyAssigns();
    }
}
