class UnsupportedTryWithResources {
    static class Res {
        public void close() {
        }
    }

    static void f() {
        try (Res r = new Res()) { // error: try-with-resources is not supported yet
        }
    }
}
