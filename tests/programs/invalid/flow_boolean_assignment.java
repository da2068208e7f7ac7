// Definite assignment through &&, ||, ! and ?: (JLS 16.1).
class FlowBooleanAssignment {
    static boolean check(int v) {
        return v > 0;
    }

    static void andAssigns(boolean c) {
        int x;
        if (c && check(x = 1)) {
            System.out.println(x);
        } else {
            System.out.println(x); // error: variable x might not have been initialized
        }
    }

    static void orAssigns(boolean c) {
        int x;
        if (c || check(x = 1)) {
            System.out.println(x); // error: variable x might not have been initialized
        } else {
            System.out.println(x);
        }
    }

    static void notSwaps(boolean c) {
        int x;
        if (!(c || check(x = 1))) {
            System.out.println(x);
        }
    }

    static void conditional(boolean c) {
        int x;
        boolean b = c ? check(x = 1) : check(x = 2);
        System.out.println(x + (b ? 1 : 0));
    }

    static void constantFalse() {
        int x;
        boolean b = false && x > 0;
        System.out.println(b);
    }

    public static void main(String[] args) {
        conditional(true);
    }
}
