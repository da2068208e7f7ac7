// Goes with Broken.java: must not reach the heap when Broken.java does not compile.
class Helper {
    static int twice(int n) {
        return 2 * n;
    }
}
