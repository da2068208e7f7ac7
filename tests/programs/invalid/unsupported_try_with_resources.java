class UnsupportedTryWithResources {
    static class Res implements AutoCloseable {
        public void close() {
        }
    }

    static void f() {
        try (Res r = new Res()) { // error: try-with-resources
        }
    }
}
