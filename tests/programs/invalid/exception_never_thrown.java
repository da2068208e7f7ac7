class Quiet extends Exception {
}

class ExceptionNeverThrown {
    static void f() {
        try {
            int x = 1;
        } catch (Quiet e) { // error: exception Quiet is never thrown in body of corresponding try statement
        }
        try {
            int y = 2;
        } catch (Exception e) {
        }
        try {
            int z = 3;
        } catch (Throwable t) {
        }
        try {
            int w = 4;
        } catch (RuntimeException e) {
        }
    }
}
