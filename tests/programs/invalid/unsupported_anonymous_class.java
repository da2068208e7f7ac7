class UnsupportedAnonymousClass {
    static Runnable make() {
        return new Runnable() { // error: anonymous classes
            public void run() {
            }
        };
    }
}
