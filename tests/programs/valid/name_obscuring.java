// JLS 6.4.2 obscuring: where a simple name could be a variable or a type,
// the variable wins, so Math.max below calls the field's method; a local
// may shadow a field, and a type is still reachable by its qualified name.
class NameObscuring {
    static class Helper {
        int max(int a, int b) {
            return 42;
        }
    }

    static Helper Math = new Helper();
    static int value = 1;

    static int shadow() {
        int value = 2;
        return value + NameObscuring.value;
    }

    public static void main(String[] args) {
        System.out.println(Math.max(1, 2));
        System.out.println(java.lang.Math.max(1, 2));
        System.out.println(shadow());
        Helper Helper = new Helper();
        System.out.println(Helper.max(0, 0));
    }
}
